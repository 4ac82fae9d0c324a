package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.RestartablePostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill: the primary is down for 60 s. Moves go on in both regions, since hosts acknowledge them
 * in memory and the journal holds them; registration answers 503; readiness stays up, so the edge
 * keeps routing. Once the primary is back the journal catches up and every acknowledged move is
 * there. A host acts on a lease only until its term, so play rides out an outage only if it is
 * shorter than the lease time less its margin: this drill runs with a 90 s lease (design.md
 * "Self-fencing" on choosing it).
 */
class PrimaryDownDrillIT {

    private static final Duration OUTAGE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void movesGoOnInBothRegionsWhileThePrimaryIsDownAndAreAllWrittenAfterwards() throws InterruptedException {
        try (LocalFleet fleet = LocalFleet.start(data, "--tilecast.play.lease-ttl=90s",
                "--tilecast.play.lease-margin=10s")) {
            List<Game> games = new ArrayList<>();
            for (int number = 0; number < 12; number++) {
                String region = number % 2 == 0 ? "ams" : "syd";
                EdgeClient near = fleet.near(region);
                String alice = near.register("alice" + games.size());
                String bob = near.register("bob" + games.size());
                String id = near.post("/api/games", "{\"seats\":2}", alice).body().get("id").asString();
                near.post("/api/games/" + id + "/join", null, bob);
                int version = near.post("/api/games/" + id + "/start", null, alice).body().get("version").asInt();
                games.add(new Game(near, id, new String[] {alice, bob}, version));
            }

            fleet.postgres().stopPrimary();
            long down = System.nanoTime();
            int moves = 0;
            // Four rounds of a pass in every game, spread over the outage (a game ends after six passes).
            for (int round = 0; round < 4; round++) {
                long due = down + OUTAGE.toNanos() * round / 3;
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000)); // pacing the drill, not waiting for a result
                for (Game game : games) {
                    EdgeClient.Answer moved = game.near.post("/api/games/" + game.id + "/moves",
                            "{\"type\":\"pass\",\"version\":" + game.version + "}", game.tokens[(game.version - 3) % 2]);
                    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
                    game.version = moved.body().get("version").asInt();
                    moves++;
                }
            }
            EdgeClient.Answer registration = fleet.near("syd").post("/api/players", "{\"name\":\"late\"}", null);
            assertThat(registration.status()).isEqualTo(503);
            for (String id : LocalFleet.MACHINES) {
                assertThat(fleet.machine(id).send("GET", "/actuator/health/readiness", null).statusCode())
                        .as(id + " is still ready after 60 s without the primary").isEqualTo(200);
            }

            fleet.postgres().startPrimary();
            long back = System.nanoTime();
            for (Game game : games) {
                int last = game.version;
                await().atMost(Duration.ofSeconds(60)).until(() -> RestartablePostgres.count(fleet.postgres().primaryUrl(),
                        "SELECT coalesce(max(version), 0) FROM game_events WHERE game_id = '" + game.id + "'") == last);
            }
            System.out.printf("Drill 'primary down': %d moves acknowledged in 12 games, 6 per region, during a %d s outage;"
                            + " registration 503; every machine still ready at its end; the journals caught up %.1f s after the"
                            + " primary came back, nothing missing (lease 90 s, margin 10 s)%n", moves, OUTAGE.toSeconds(),
                    (System.nanoTime() - back) / 1e9);
        }
    }

    private static final class Game {
        final EdgeClient near;
        final String id;
        final String[] tokens;
        int version;

        Game(EdgeClient near, String id, String[] tokens, int version) {
            this.near = near;
            this.id = id;
            this.tokens = tokens;
            this.version = version;
        }
    }
}
