package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/games/{id}?turn=n}: a finished game's board, scores and racks before turn n, and nothing sooner. */
@IntegrationTest
class TurnViewTest {

    @Autowired
    WebTestClient http;

    @Test
    void anImportedGameShowsEachTurnAsItsRecordHasIt() {
        ApiPlayer gus = ApiPlayer.register(http, "gus");
        String id = gus.post("/api/games/import", Map.of("gcg", GameImportTest.RECORD)).body().get("id").asString();
        ApiPlayer watcher = ApiPlayer.spectator(http);

        JsonNode first = watcher.get("/api/games/" + id + "?turn=0").body();
        JsonNode phonyDown = watcher.get("/api/games/" + id + "?turn=5").body();
        JsonNode phonyOff = watcher.get("/api/games/" + id + "?turn=6").body();
        JsonNode end = watcher.get("/api/games/" + id + "?turn=8").body();

        assertThat(first.get("at").asInt()).isZero();
        assertThat(String.join("", ApiPlayer.board(first))).matches("\\.{225}");
        assertThat(scores(first)).containsExactly(0, 0);
        assertThat(first.get("racks").toString()).isEqualTo("[\"AEINRST\",\"?CEOQXZ\"]");
        assertThat(first.get("turn").asInt()).isZero();
        assertThat(first.get("result").isNull()).isTrue();
        assertThat(ApiPlayer.board(phonyDown).get(9)).isEqualTo(".CHOE..........");
        assertThat(scores(phonyDown)).containsExactly(81, 24);
        assertThat(phonyDown.get("racks").toString()).isEqualTo("[\"ABDFGLM\",\"?EQZ\"]");
        assertThat(phonyDown.get("turn").asInt()).as("the challenger acts").isZero();
        assertThat(ApiPlayer.board(phonyOff).get(9)).isEqualTo("....E..........");
        assertThat(scores(phonyOff)).containsExactly(81, 9);
        assertThat(phonyOff.get("racks").toString()).isEqualTo("[\"ABDFGLM\",\"?CEHOQZ\"]");
        assertThat(scores(end)).containsExactly(109, 9);
        assertThat(end.get("result").get("scores").toString()).isEqualTo("[109,9]");
        assertThat(end.get("moves")).hasSize(8);
    }

    @Test
    void aTurnOutsideTheGameIsABadRequest() {
        ApiPlayer hal = ApiPlayer.register(http, "hal");
        String id = hal.post("/api/games/import", Map.of("gcg", GameImportTest.RECORD)).body().get("id").asString();

        for (String turn : List.of("-1", "9", "x", "", "99999999999")) {
            Reply refused = hal.get("/api/games/" + id + "?turn=" + turn);
            assertThat(refused.status()).as(turn).isEqualTo(400);
            assertThat(refused.code()).as(turn).isEqualTo("invalid-turn");
        }
    }

    @Test
    void aLivePlayedGameIsShownTurnByTurnOnceItIsOverAndNotBefore() {
        StartedGame game = StartedGame.start(http);
        game.playOne();
        game.playOne();
        game.playOne();

        Reply tooSoon = game.bob().get("/api/games/" + game.id() + "?turn=0");
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.code()).isEqualTo("game-not-finished");
        assertThat(tooSoon.raw()).doesNotContain("racks");

        game.passes(6);
        JsonNode whole = game.alice().view(game.id()).body();
        assertThat(whole.get("status").asString()).isEqualTo("finished");
        JsonNode moves = whole.get("moves");
        int[] totals = new int[2];
        for (int turn = 0; turn < moves.size(); turn++) {
            JsonNode move = moves.get(turn);
            JsonNode before = ApiPlayer.spectator(http).get("/api/games/" + game.id() + "?turn=" + turn).body();
            JsonNode after = ApiPlayer.spectator(http).get("/api/games/" + game.id() + "?turn=" + (turn + 1)).body();
            int seat = move.get("seat").asInt();
            assertThat(before.get("racks").get(seat).asString()).as("turn " + turn)
                    .isEqualTo(move.get("rack").asString());
            assertThat(before.get("turn").asInt()).isEqualTo(seat);
            assertThat(scores(before)).as("turn " + turn).containsExactly(totals[0], totals[1]);
            if (move.has("tiles")) {
                for (JsonNode tile : move.get("tiles")) {
                    assertThat(ApiPlayer.board(before).get(tile.get("row").asInt()).charAt(tile.get("col").asInt()))
                            .isEqualTo('.');
                    assertThat(ApiPlayer.board(after).get(tile.get("row").asInt()).charAt(tile.get("col").asInt()))
                            .isNotEqualTo('.');
                }
            }
            totals[seat] += move.get("score").asInt();
        }
        JsonNode last = ApiPlayer.spectator(http).get("/api/games/" + game.id() + "?turn=" + moves.size()).body();
        assertThat(last.get("board")).isEqualTo(whole.get("board"));
        assertThat(last.get("result")).isEqualTo(whole.get("result"));
    }

    private static List<Integer> scores(JsonNode view) {
        List<Integer> scores = new ArrayList<>();
        view.get("seats").forEach(seat -> scores.add(seat.get("score").asInt()));
        return scores;
    }
}
