package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.EventStream;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two regions behind the emulated fly edge: {@code ams} (the primary region, two machines) and
 * {@code syd} (one). Players near {@code syd} register (replayed to the primary region), create a
 * game (hosted in {@code syd}) and play it with a player near {@code ams}, whose commands and stream
 * are replayed to the host; every command is served by the game's host.
 */
class PlayAcrossRegionsTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aGameCreatedInSydneyIsPlayedFromAmsterdamThroughReplays() {
        DatabaseUrl database = TestDatabase.fresh();
        try (RunningServer ams1 = machine(database, "ams", "ams-1");
             RunningServer ams2 = machine(database, "ams", "ams-2");
             RunningServer syd1 = machine(database, "syd", "syd-1");
             EdgeProxy edge = EdgeProxy.start(List.of(new EdgeProxy.Machine("ams-1", "ams", ams1.port()),
                     new EdgeProxy.Machine("ams-2", "ams", ams2.port()),
                     new EdgeProxy.Machine("syd-1", "syd", syd1.port())), Duration.ofMillis(250))) {
            Client sydney = new Client(edge, "syd");
            Client amsterdam = new Client(edge, "ams");

            Answer alice = sydney.send("POST", "/api/players", "{\"name\":\"alice\"}", null);
            assertThat(alice.status()).isEqualTo(201);
            assertThat(alice.servedBy()).as("registration is a write for the primary region").startsWith("ams/");
            Answer bob = amsterdam.send("POST", "/api/players", "{\"name\":\"bob\"}", null);
            String aliceToken = alice.body().get("token").asString();
            String bobToken = bob.body().get("token").asString();

            Answer created = sydney.send("POST", "/api/games", "{\"seats\":2}", aliceToken);
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.servedBy()).isEqualTo("syd/syd-1");
            String game = created.body().get("id").asString();

            Answer joined = amsterdam.send("POST", "/api/games/" + game + "/join", null, bobToken);
            assertThat(joined.status()).as(joined.text()).isEqualTo(200);
            assertThat(joined.servedBy()).as("replayed to the game's host").isEqualTo("syd/syd-1");
            try (EventStream watching = EventStream.openPath(edge.port(), "/api/games/" + game + "/events", null)) {
                Answer started = sydney.send("POST", "/api/games/" + game + "/start", null, aliceToken);
                int version = started.body().get("version").asInt();
                String[] tokens = {aliceToken, bobToken};
                Client[] near = {sydney, amsterdam};
                for (int turn = 0; turn < 4; turn++) {
                    Answer moved = near[turn % 2].send("POST", "/api/games/" + game + "/moves",
                            "{\"type\":\"pass\",\"version\":" + version + "}", tokens[turn % 2]);
                    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
                    assertThat(moved.servedBy()).isEqualTo("syd/syd-1");
                    version = moved.body().get("version").asInt();
                }
                int last = version;
                watching.await(event -> event.id() != null && Integer.parseInt(event.id()) == last,
                        Duration.ofSeconds(10));
                Answer fromAmsterdam = amsterdam.send("GET", "/api/games/" + game, null, null);
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

    record Answer(int status, String text, Map<String, String> headers) {

        JsonNode body() {
            return json.readTree(text);
        }

        String servedBy() {
            return headers.getOrDefault("tilecast-served-by", "");
        }
    }

    /** A client near one region, talking to the edge. */
    record Client(EdgeProxy edge, String region) {

        Answer send(String method, String path, String body, String token) {
            return HttpClient.create()
                    .headers(headers -> {
                        headers.set(EdgeProxy.NEAR, region).set("Accept", "application/json");
                        if (body != null) {
                            headers.set("Content-Type", "application/json");
                        }
                        if (token != null) {
                            headers.set("Authorization", "Bearer " + token);
                        }
                    })
                    .request(io.netty.handler.codec.http.HttpMethod.valueOf(method))
                    .uri("http://127.0.0.1:" + edge.port() + path)
                    .send(body == null ? ByteBufFlux.empty() : ByteBufFlux.fromString(Mono.just(body)))
                    .responseSingle((response, content) -> content.asString().defaultIfEmpty("").map(text -> {
                        Map<String, String> headers = new java.util.HashMap<>();
                        response.responseHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                        return new Answer(response.status().code(), text, headers);
                    }))
                    .block(Duration.ofSeconds(30));
        }
    }
}
