package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.RestartablePostgres;
import io.tilecast.support.RunningServer;
import io.tilecast.support.StartedGame;
import io.tilecast.support.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves are acknowledged before PostgreSQL has them; a graceful stop must still leave every
 * acknowledged event in {@code game_events}, and a new process must rebuild the same games.
 */
class GracefulStopTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyAcknowledgedMoveSurvivesAGracefulStopAndAnotherMachineTakesTheGamesOver() {
        DatabaseUrl database = TestDatabase.fresh();
        Map<String, Integer> acknowledged = new HashMap<>();
        Map<String, JsonNode> seenByBob = new HashMap<>();
        ApiPlayer alice;
        ApiPlayer bob;
        try (RunningServer first = RunningServer.start(database)) {
            alice = ApiPlayer.register(first.http(), "alice");
            bob = ApiPlayer.register(first.http(), "bob");
            List<String> games = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String game = alice.create(2).body().get("id").asString();
                bob.join(game);
                alice.start(game);
                games.add(game);
            }
            for (int round = 0; round < 8; round++) {
                for (String game : games) {
                    acknowledged.put(game, new StartedGame(game, alice, bob).playOne());
                }
            }
            for (String game : games) {
                seenByBob.put(game, bob.view(game).body());
            }
            first.stop();
        }

        for (var game : acknowledged.entrySet()) {
            assertThat(RestartablePostgres.count(database,
                    "SELECT count(*) FROM game_events WHERE game_id = '" + game.getKey() + "'"))
                    .as("events of " + game.getKey()).isEqualTo(game.getValue().longValue());
        }
        try (RunningServer second = RunningServer.start(database, "tilecast.fly.machine-id=another-machine")) {
            ApiPlayer bobAgain = ApiPlayer.withToken(second.http(), bob);
            for (var game : seenByBob.entrySet()) {
                try (EventStream stream = EventStream.open(second.port(), game.getKey(), bob.token())) {
                    JsonNode snapshot = json.readTree(stream.await("snapshot").data());
                    assertThat(withoutPresence(snapshot)).isEqualTo(withoutPresence(game.getValue()));
                }
            }
            String any = seenByBob.keySet().iterator().next();
            JsonNode view = bobAgain.view(any).body();
            ApiPlayer mover = view.get("turn").asInt() == 0 ? ApiPlayer.withToken(second.http(), alice) : bobAgain;
            assertThat(mover.pass(any, view.get("version").asInt()).status()).isEqualTo(200);
        }
    }

    /** Who is present is the host's to know, not the game's: the new host counts everyone as just left. */
    private static JsonNode withoutPresence(JsonNode view) {
        ObjectNode game = (ObjectNode) view.deepCopy();
        game.remove(List.of("present", "awaySince", "claimable"));
        return game;
    }
}
