package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.edge.ReplayFilter;
import io.tilecast.play.computer.GameAnalysis;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.view.GameSummary;
import io.tilecast.play.host.view.GameView;
import io.tilecast.play.lobby.Lobby;
import io.tilecast.problem.ApiProblem;
import io.tilecast.rating.PlayerRecords;
import io.tilecast.routing.FlyMachine;
import io.tilecast.routing.GameId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What anyone may read, served in the region that receives the request: from memory when the game is hosted here, else
 * rebuilt from the local database member (which may lag a little).
 */
@RestController
class GameReads {

    private static final Set<String> STATUSES = Set.of("waiting", "active", "finished");
    private static final long BUSY_RETRY_SECONDS = 5;

    private final GameFinder finder;
    private final Lobby lobby;
    private final FlyMachine machine;
    private final ReplayFilter replays;
    private final GameAnalysis analysis;
    private final PlayerRecords records;

    GameReads(GameFinder finder, Lobby lobby, FlyMachine machine, ReplayFilter replays, GameAnalysis analysis,
              PlayerRecords records) {
        this.records = records;
        this.analysis = analysis;
        this.finder = finder;
        this.lobby = lobby;
        this.machine = machine;
        this.replays = replays;
    }

    /** The game now, or with {@code turn} a finished game as it stood before that turn (TurnViews). */
    @GetMapping("/api/games/{id}")
    Mono<ResponseEntity<GameView>> game(@PathVariable String id, Caller caller, ServerHttpRequest request,
                                        @RequestParam(required = false) String turn) {
        if (turn != null) {
            int at = TurnQuery.parse(turn);
            return read(id, request, host -> TurnQuery.view(host, finder.viewer(caller), at));
        }
        return read(id, request, host -> host.view(finder.viewer(caller))).flatMap(this::withRatings);
    }
    /** A finished rated game's view carries each seat's rating change, once it is recorded. */
    private Mono<ResponseEntity<GameView>> withRatings(ResponseEntity<GameView> answer) {
        GameView view = answer.getBody();
        if (view == null || !Boolean.TRUE.equals(view.rated()) || !"finished".equals(view.status())) {
            return Mono.just(answer);
        }
        return records.changes(view.id()).map(changes -> ResponseEntity.ok(view.with(changes)));
    }

    /**
     * Each turn of a finished game beside the best-scoring play the mover had; {@code 409 game-not-finished} while it
     * is played, when nobody may see the racks.
     */
    @GetMapping(path = "/api/games/{id}/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> analysis(@PathVariable String id, ServerHttpResponse response) {
        if (GameId.parse(id).isEmpty()) {
            return Mono.error(finder.notFound(id));
        }
        return analysis.kept(id).switchIfEmpty(Mono.defer(() -> finder.hereOrArchived(id)
                .switchIfEmpty(Mono.error(() -> finder.notFound(id)))
                .flatMap(host -> analysis.of(host).orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT,
                        "game-not-finished", "Game " + id + " is not finished; its analysis comes at the end.")))
                .onErrorMap(GameAnalysis.AnalysisBusy.class, busy -> {
                    response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(BUSY_RETRY_SECONDS));
                    return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "analysis-busy",
                            "Every analysis this server can work out at once is under way; try again shortly.");
                })));
    }

    /** The record in GCG: racks are left out until the game is finished, when the whole record is public. */
    @GetMapping(path = "/api/games/{id}/gcg", produces = MediaType.TEXT_PLAIN_VALUE)
    Mono<ResponseEntity<String>> gcg(@PathVariable String id, ServerHttpRequest request) {
        return read(id, request, GameHost::gcg);
    }

    @GetMapping("/api/games")
    Mono<Map<String, List<GameSummary>>> list(@RequestParam(defaultValue = "waiting") String status,
                                              @RequestParam(defaultValue = "50") int limit) {
        if (!STATUSES.contains(status)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", "status is one of " + STATUSES + ".");
        }
        if (limit < 1 || limit > 200) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-request", "limit is between 1 and 200.");
        }
        return lobby.games(status, limit).collectList().map(list -> Map.of("games", list));
    }

    private <T> Mono<ResponseEntity<T>> read(String id, ServerHttpRequest request, Function<GameHost, T> reading) {
        return finder.hereOrArchived(id)
                .map(host -> ResponseEntity.ok(reading.apply(host)))
                .switchIfEmpty(Mono.fromSupplier(() -> atItsCreator(id, request)));
    }

    private <T> ResponseEntity<T> atItsCreator(String id, ServerHttpRequest request) {
        return GameId.parse(id).flatMap(GameId::machine)
                .filter(other -> !other.equals(machine.machineId()))
                .flatMap(creator -> replays.<T>replayRead(request, "prefer_instance=" + creator,
                        ReplayFilter.Reason.CREATOR))
                .orElseThrow(() -> finder.notFound(id));
    }
}
