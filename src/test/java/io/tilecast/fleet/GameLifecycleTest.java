package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.database.DatabaseUrl;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.RestartablePostgres;
import io.tilecast.support.RunningServer;
import io.tilecast.support.StartedGame;
import io.tilecast.support.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Games leave memory: a finished one soon after its end, an idle one after its idle time, with its
 * lease released so that either of two machines sharing a database takes it up again on demand.
 */
class GameLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aFinishedGameLeavesMemoryAndIsStillReadWithoutBeingHostedAgain() {
        DatabaseUrl database = TestDatabase.fresh();
        try (RunningServer server = RunningServer.start(database, "tilecast.fly.machine-id=a",
                "tilecast.play.finished-linger=0s")) {
            StartedGame game = StartedGame.start(server.http());
            try (EventStream watching = EventStream.open(server.port(), game.id(), null)) {
                watching.await("snapshot");
                int last = game.passes(6); // six scoreless turns end a two-player game

                watching.await("ended");
                assertThat(watching.awaitEnd(WAIT)).as("the stream ends after 'ended'").isTrue();
                await().atMost(WAIT).until(() -> server.bean(HostedGames.class).size() == 0
                        && evicted(server, "finished") == 1);
                await().atMost(WAIT).until(() -> liveLeases(database, game.id()) == 0);

                ApiPlayer.Reply view = game.alice().view(game.id());
                assertThat(view.status()).isEqualTo(200);
                assertThat(view.body().get("status").asString()).isEqualTo("finished");
                assertThat(view.version()).isEqualTo(last);
                assertThat(game.alice().get("/api/games/" + game.id() + "/gcg").status()).isEqualTo(200);

                try (EventStream late = EventStream.open(server.port(), game.id(), null)) {
                    assertThat(late.await("snapshot").id()).isEqualTo(String.valueOf(last));
                    assertThat(late.awaitEnd(WAIT)).as("a finished game's stream ends after its snapshot").isTrue();
                }
                ApiPlayer.Reply caughtUp = game.alice().get("/api/games/" + game.id() + "/events?lastEventId=" + last);
                assertThat(caughtUp.status()).as("nothing more will come: stop reconnecting").isEqualTo(204);
                assertThat(game.bob().pass(game.id(), last).code()).isEqualTo("game-not-active");
                assertThat(server.bean(HostedGames.class).size()).as("reads and refused commands claim nothing").isZero();
                assertThat(leaseEpoch(database, game.id())).isEqualTo(1);
            }
        }
    }

    @Test
    void anIdleGameLeavesMemoryReleasesItsLeaseAndIsTakenUpByWhicheverMachineIsAskedNext() {
        DatabaseUrl database = TestDatabase.fresh();
        try (RunningServer a = RunningServer.start(database, "tilecast.fly.machine-id=a", "tilecast.play.idle-after=1s");
             RunningServer b = RunningServer.start(database, "tilecast.fly.machine-id=b")) {
            StartedGame game = StartedGame.start(a.http());
            int version = game.passes(1);

            await().atMost(WAIT).until(() -> a.bean(HostedGames.class).size() == 0 && evicted(a, "idle") == 1);
            // Released once the journal has written the game: well before the 30 s lease would run out.
            await().atMost(WAIT).until(() -> liveLeases(database, game.id()) == 0);

            ApiPlayer.Reply view = ApiPlayer.withToken(b.http(), game.alice()).view(game.id());
            assertThat(view.version()).as("a view of a game hosted nowhere is read from the database").isEqualTo(version);
            assertThat(b.bean(HostedGames.class).size()).isZero();

            ApiPlayer mover = ApiPlayer.withToken(b.http(), game.toMove());
            ApiPlayer.Reply moved = mover.pass(game.id(), version);
            assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
            assertThat(moved.version()).isEqualTo(version + 1);
            assertThat(b.bean(HostedGames.class).size()).isEqualTo(1);
            assertThat(leaseEpoch(database, game.id())).isEqualTo(2);
        }
    }

    @Test
    void aGameWithAWatcherIsNotIdle() {
        DatabaseUrl database = TestDatabase.fresh();
        try (RunningServer server = RunningServer.start(database, "tilecast.fly.machine-id=a",
                "tilecast.play.idle-after=1s")) {
            StartedGame game = StartedGame.start(server.http());
            String idle;
            try (EventStream watching = EventStream.open(server.port(), game.id(), null)) {
                watching.await("snapshot");
                // Another game, unwatched, goes idle meanwhile: the sweep has run past the idle time.
                idle = StartedGame.start(server.http()).id();
                await().atMost(WAIT).until(() -> server.bean(HostedGames.class).hosted(idle).isEmpty());
                assertThat(server.bean(HostedGames.class).hosted(game.id())).isPresent();
            }
            await().atMost(WAIT).until(() -> server.bean(HostedGames.class).hosted(game.id()).isEmpty());
        }
    }

    @Test
    void aGameWhoseLeaseAnotherMachineTookLeavesAtTheNextRenewalAndItsWatchersAreToldToReconnect() {
        DatabaseUrl database = TestDatabase.fresh();
        try (RunningServer server = RunningServer.start(database, "tilecast.fly.machine-id=a",
                "tilecast.play.lease-ttl=3s", "tilecast.play.lease-margin=1s")) {
            StartedGame game = StartedGame.start(server.http());
            await().atMost(WAIT).until(() -> leaseEpoch(database, game.id()) == 1);
            try (EventStream watching = EventStream.open(server.port(), game.id(), null)) {
                watching.await("snapshot");

                // What another machine's claim does to the row.
                RestartablePostgres.count(database, "WITH taken AS (UPDATE games SET host_machine = 'b',"
                        + " lease_epoch = lease_epoch + 1, lease_expires_at = now() + interval '1 minute'"
                        + " WHERE id = '" + game.id() + "' RETURNING 1) SELECT count(*) FROM taken");

                assertThat(watching.await("reconnect").data()).contains("moved");
                assertThat(server.bean(HostedGames.class).hosted(game.id())).isEmpty();
                assertThat(evicted(server, "lease-lost")).isEqualTo(1);
            }
        }
    }

    private static double evicted(RunningServer server, String reason) {
        var counter = server.bean(MeterRegistry.class).find("tilecast.games.evicted").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    static long liveLeases(DatabaseUrl database, String game) {
        return RestartablePostgres.count(database,
                "SELECT count(*) FROM games WHERE id = '" + game + "' AND lease_expires_at > now()");
    }

    static long leaseEpoch(DatabaseUrl database, String game) {
        return RestartablePostgres.count(database, "SELECT lease_epoch FROM games WHERE id = '" + game + "'");
    }
}
