package io.tilecast.web;

import io.tilecast.rating.Cursor;
import io.tilecast.rating.PlayerRecords;
import io.tilecast.problem.ApiProblem;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Players' games, rating histories and the leaderboards, served in the region that receives the request. */
@RestController
class RecordsController {

    record Leaderboard(String key, List<PlayerRecords.Place> players) {
    }

    private final PlayerRecords records;

    RecordsController(PlayerRecords records) {
        this.records = records;
    }

    @GetMapping("/api/players/{id}/games")
    Mono<PlayerRecords.Page> games(@PathVariable String id, @RequestParam(required = false) String before,
                                   @RequestParam(defaultValue = "20") int limit) {
        Cursor cursor = before == null || before.isEmpty() ? null : Cursor.parse(before).orElseThrow(() ->
                new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-cursor",
                        "before is the 'next' of an earlier page of this list."));
        return records.games(id, cursor, limit(limit, 100));
    }

    @GetMapping("/api/players/{id}/ratings/{key}")
    Mono<Map<String, List<PlayerRecords.Point>>> history(@PathVariable String id, @PathVariable String key) {
        return records.history(id, key).map(points -> Map.of("history", points));
    }

    @GetMapping("/api/leaderboard")
    Mono<Leaderboard> leaderboard(@RequestParam(required = false) String key,
                                  @RequestParam(defaultValue = "50") int limit) {
        if (key == null || !key.matches("[a-z0-9_-]{1,40}:[a-z]{1,20}")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-key",
                    "key is a rating key, \"<lexicon>:<category>\", such as english:blitz.");
        }
        return records.leaderboard(key, limit(limit, 200)).map(players -> new Leaderboard(key, players));
    }

    private static int limit(int limit, int most) {
        if (limit < 1 || limit > most) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", "limit is between 1 and " + most + ".");
        }
        return limit;
    }
}
