package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.rules.TileSet;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each seat's {@code unseen} is exactly what it could count itself (every tile less the board and its own rack), one
 * pool with nothing split out; a spectator's also holds every rack; each {@code moved} carries the viewer's own.
 */
@IntegrationTest
class UnseenTilesTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void eachViewerSeesThePoolItCouldCountAndNoMoreThroughAWholeGame() {
        StartedGame game = StartedGame.start(http);
        ApiPlayer spectator = ApiPlayer.spectator(http);
        try (EventStream alicesStream = EventStream.open(port, game.id(), game.alice().token());
             EventStream watching = EventStream.open(port, game.id(), null)) {
            alicesStream.await("snapshot");
            watching.await("snapshot");
            JsonNode watched = spectator.view(game.id()).body();
            for (int turn = 0; turn < 300 && watched.get("status").asString().equals("active"); turn++) {
                JsonNode alices = game.alice().view(game.id()).body();
                JsonNode bobs = game.bob().view(game.id()).body();
                String board = boardTiles(alices);
                assertThat(alices.get("unseen").asString())
                        .isEqualTo(without(TileSet.all(), board + alices.get("rack").asString()));
                assertThat(bobs.get("unseen").asString())
                        .isEqualTo(without(TileSet.all(), board + bobs.get("rack").asString()));
                assertThat(watched.get("unseen").asString()).isEqualTo(without(TileSet.all(), board));
                assertThat(alices.get("unseen").asString()).hasSize(
                        alices.get("bag").asInt() + alices.get("seats").get(1).get("rackSize").asInt());
                assertThat(watched.get("unseen").asString()).hasSize(watched.get("bag").asInt()
                        + watched.get("seats").get(0).get("rackSize").asInt()
                        + watched.get("seats").get(1).get("rackSize").asInt());
                assertThat(fieldsOf(alices)).doesNotContain("bagTiles", "racks", "opponentRack");

                int before = alices.get("version").asInt();
                game.playOne();
                JsonNode alicesMove = json.readTree(alicesStream.await(
                        e -> e.type().equals("moved") && Integer.parseInt(e.id()) > before,
                        Duration.ofSeconds(10)).data());
                JsonNode watchedMove = json.readTree(watching.await(
                        e -> e.type().equals("moved") && Integer.parseInt(e.id()) > before,
                        Duration.ofSeconds(10)).data());
                watched = spectator.view(game.id()).body();
                String unseenNow = watched.get("status").asString().equals("active")
                        ? game.alice().view(game.id()).body().get("unseen").asString() : "";
                assertThat(alicesMove.get("unseen").asString()).isEqualTo(unseenNow);
                assertThat(watchedMove.get("unseen").asString()).isEqualTo(watched.get("unseen").asString());
            }
            assertThat(watched.get("status").asString()).isEqualTo("finished");
            assertThat(game.alice().view(game.id()).body().get("unseen").asString()).isEmpty();
            assertThat(watched.get("unseen").asString()).isEmpty();
        }
    }

    @Test
    void aWaitingGameHasNoPoolYet() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        String id = alice.create(2).body().get("id").asString();
        assertThat(alice.view(id).body().has("unseen")).isFalse();
    }

    private static String boardTiles(JsonNode view) {
        StringBuilder tiles = new StringBuilder();
        for (String row : ApiPlayer.board(view)) {
            for (char c : row.toCharArray()) {
                if (c != '.') {
                    tiles.append(Character.isLowerCase(c) ? TileSet.BLANK : c);
                }
            }
        }
        return tiles.toString();
    }

    /** {@code all} less {@code seen}, in the order of {@link TileSet#all()}: letters, then blanks. */
    private static String without(String all, String seen) {
        StringBuilder left = new StringBuilder(all);
        for (char tile : seen.toCharArray()) {
            left.deleteCharAt(left.indexOf(String.valueOf(tile)));
        }
        return left.toString();
    }

    private static List<String> fieldsOf(JsonNode view) {
        return view.propertyNames().stream().toList();
    }
}
