package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.EventStream;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two regions behind the emulated fly edge: {@code ams} (the primary region, two machines) and
 * {@code syd} (one). Players near {@code syd} register (replayed to the primary region), create a
 * game (hosted in {@code syd}) and play it with a player near {@code ams}, whose commands and stream
 * are replayed to the host; every command is served by the game's host.
 */
class PlayAcrossRegionsTest {

    @Test
    void aGameCreatedInSydneyIsPlayedFromAmsterdamThroughReplays() {
        DatabaseUrl database = TestDatabase.fresh();
        try (RunningServer ams1 = machine(database, "ams", "ams-1");
             RunningServer ams2 = machine(database, "ams", "ams-2");
             RunningServer syd1 = machine(database, "syd", "syd-1");
             EdgeProxy edge = EdgeProxy.start(List.of(new EdgeProxy.Machine("ams-1", "ams", ams1.port()),
                     new EdgeProxy.Machine("ams-2", "ams", ams2.port()),
                     new EdgeProxy.Machine("syd-1", "syd", syd1.port())), Duration.ofMillis(250))) {
            EdgeClient sydney = new EdgeClient(edge.port(), "syd");
            EdgeClient amsterdam = new EdgeClient(edge.port(), "ams");

            EdgeClient.Answer alice = sydney.send("POST", "/api/players", "{\"name\":\"alice\"}", null);
            assertThat(alice.status()).isEqualTo(201);
            assertThat(alice.servedBy()).as("registration is a write for the primary region").startsWith("ams/");
            EdgeClient.Answer bob = amsterdam.send("POST", "/api/players", "{\"name\":\"bob\"}", null);
            String aliceToken = alice.body().get("token").asString();
            String bobToken = bob.body().get("token").asString();

            EdgeClient.Answer created = sydney.send("POST", "/api/games", "{\"seats\":2}", aliceToken);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.servedBy()).isEqualTo("syd/syd-1");
            String game = created.body().get("id").asString();

            EdgeClient.Answer joined = amsterdam.send("POST", "/api/games/" + game + "/join", null, bobToken);
            assertThat(joined.status()).as(joined.text()).isEqualTo(200);
            assertThat(joined.servedBy()).as("replayed to the game's host").isEqualTo("syd/syd-1");
            try (EventStream watching = EventStream.openPath(edge.port(), "/api/games/" + game + "/events", null)) {
                EdgeClient.Answer started = sydney.send("POST", "/api/games/" + game + "/start", null, aliceToken);
                int version = started.body().get("version").asInt();
                String[] tokens = {aliceToken, bobToken};
                EdgeClient[] near = {sydney, amsterdam};
                for (int turn = 0; turn < 4; turn++) {
                    EdgeClient.Answer moved = near[turn % 2].send("POST", "/api/games/" + game + "/moves",
                            "{\"type\":\"pass\",\"version\":" + version + "}", tokens[turn % 2]);
                    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
                    assertThat(moved.servedBy()).isEqualTo("syd/syd-1");
                    version = moved.body().get("version").asInt();
                }
                int last = version;
                watching.await(event -> event.id() != null && Integer.parseInt(event.id()) == last,
                        Duration.ofSeconds(10));
                EdgeClient.Answer fromAmsterdam = amsterdam.send("GET", "/api/games/" + game, null, null);
                assertThat(fromAmsterdam.servedBy()).as("a read is served where it arrives").startsWith("ams/");
                assertThat(fromAmsterdam.body().get("version").asInt()).isLessThanOrEqualTo(last);
            }
            assertThat(edge.replays()).isPositive();
        }
    }

    private static RunningServer machine(DatabaseUrl database, String region, String id) {
        return RunningServer.start(database, "tilecast.fly.region=" + region, "tilecast.fly.machine-id=" + id,
                "tilecast.fly.primary-region=ams");
    }
}
