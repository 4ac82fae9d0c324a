package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.RestartablePostgres;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestClock;
import io.tilecast.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A clock keeps its time across a restart of its host: the new process recomputes it from the
 * recorded event times, the time the host was down counts against the player to move, and a
 * game whose player ran out of time while no process hosted it is ended without anyone asking.
 */
class ClockAfterRestartTest {

    private static final TestClock clock = TestClock.SHARED;
    private static final Map<String, Object> FIVE_MINUTES = Map.of("seats", 2,
            "clock", Map.of("initial", 300, "increment", 0, "overtime", 0));

    @Test
    void theClockComesBackAsItWasAndTheDowntimeCountsAgainstThePlayerToMove() {
        DatabaseUrl database = TestDatabase.fresh();
        ApiPlayer alice;
        ApiPlayer bob;
        String game;
        String forgotten;
        JsonNode before;
        try (RunningServer first = start(database)) {
            alice = ApiPlayer.register(first.http(), "alice");
            bob = ApiPlayer.register(first.http(), "bob");
            game = started(alice, bob);
            forgotten = started(alice, bob);
            clock.advance(Duration.ofSeconds(20));
            assertThat(alice.pass(game, alice.view(game).version()).status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(7));
            before = bob.view(game).body().get("clock");
            first.stop();
        }
        assertThat(before.get("remaining").toString()).isEqualTo("[280000,300000]");

        clock.advance(Duration.ofSeconds(300 - 20 + 1)); // past alice's time in the game nobody looks at
        try (RunningServer second = start(database)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> RestartablePostgres.count(database,
                    "SELECT count(*) FROM games WHERE id = '" + forgotten + "' AND status = 'finished'") == 1);

            ApiPlayer bobAgain = ApiPlayer.withToken(second.http(), bob);
            JsonNode after = bobAgain.view(game).body();
            assertThat(after.get("clock")).isEqualTo(before);
            assertThat(bobAgain.pass(game, after.get("version").asInt()).status()).isEqualTo(200);
            JsonNode passed = bobAgain.view(game).body().get("clock");
            assertThat(passed.get("remaining").toString()).isEqualTo("[280000," + (300_000 - 7_000 - 281_000) + "]");

            JsonNode timedOut = bobAgain.view(forgotten).body();
            assertThat(timedOut.get("result").get("reason").asString()).isEqualTo("timeout");
            assertThat(timedOut.get("result").get("winners").toString()).isEqualTo("[1]");
        }
    }

    private static RunningServer start(DatabaseUrl database) {
        return RunningServer.start(database, List.of(TestClock.Installed.class), "tilecast.play.overdue-sweep=200ms");
    }

    private static String started(ApiPlayer alice, ApiPlayer bob) {
        String id = alice.post("/api/games", FIVE_MINUTES).body().get("id").asString();
        bob.join(id);
        alice.start(id);
        return id;
    }
}
