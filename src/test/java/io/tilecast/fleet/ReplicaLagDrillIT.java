package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.EventStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill: the replica stops replaying (as a lagging one does). Reads near {@code syd} of a game
 * hosted in {@code ams}, served from the replica, fall behind; commands and live streams, served by
 * the game's host from memory, go on as before (the stream near {@code syd} too); once replay
 * resumes the reads catch up.
 */
class ReplicaLagDrillIT {

    @TempDir
    Path data;

    @Test
    void aLaggingReplicaDelaysReadsNearSydneyButNeitherCommandsNorStreams() {
        try (LocalFleet fleet = LocalFleet.start(data)) {
            EdgeClient sydney = fleet.near("syd");
            EdgeClient amsterdam = fleet.near("ams");
            String alice = amsterdam.register("alice");
            String bob = amsterdam.register("bob");
            String game = amsterdam.post("/api/games", "{\"seats\":2}", alice).body().get("id").asString();
            amsterdam.post("/api/games/" + game + "/join", null, bob);
            int version = amsterdam.post("/api/games/" + game + "/start", null, alice).body().get("version").asInt();
            int started = version;
            // Until syd's replica has the game, syd replays the read to its creator in ams, at the same version.
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                EdgeClient.Answer read = sydney.get("/api/games/" + game, null);
                return "syd/syd1".equals(read.servedBy()) && read.body().get("version").asInt() == started;
            });

            fleet.postgres().replay(false);
            try (EventStream watching = EventStream.openWith(fleet.edge().port(), game, Map.of(EdgeProxy.NEAR, "syd"))) {
                watching.await("snapshot");
                String[] tokens = {alice, bob};
                for (int turn = 0; turn < 3; turn++) {
                    EdgeClient.Answer moved = amsterdam.post("/api/games/" + game + "/moves",
                            "{\"type\":\"pass\",\"version\":" + version + "}", tokens[turn % 2]);
                    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
                    assertThat(moved.servedBy()).startsWith("ams/");
                    version = moved.body().get("version").asInt();
                    int reached = version;
                    watching.await(event -> event.id() != null && Integer.parseInt(event.id()) == reached,
                            Duration.ofSeconds(10));
                }
                int last = version;
                await().atMost(Duration.ofSeconds(20)).until(() -> amsterdam.get("/api/games/" + game, null)
                        .body().get("version").asInt() == last);
                EdgeClient.Answer behind = sydney.get("/api/games/" + game, null);
                assertThat(behind.servedBy()).isEqualTo("syd/syd1");
                assertThat(behind.body().get("version").asInt()).as("read from the paused replica").isEqualTo(started);

                fleet.postgres().replay(true);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> sydney.get("/api/games/" + game, null).body().get("version").asInt() == last);
                System.out.printf("Drill 'replica lagging': 3 moves acknowledged and streamed while replay was paused;"
                        + " reads near syd stayed at version %d until it resumed, then reached %d%n", started, last);
            }
        }
    }
}
