package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A rematch: the first player to ask creates it, the other is seated in the same game, nobody else. */
@IntegrationTest
class RematchTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void bothPlayersOfAFinishedGameEndUpInTheSameNewGame() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        String old = alice.post("/api/games", Map.of("seats", 2,
                "clock", Map.of("initial", 600, "increment", 2, "overtime", 0))).body().get("id").asString();
        bob.join(old);
        alice.start(old);
        StartedGame game = new StartedGame(old, alice, bob);
        assertThat(bob.post("/api/games/" + old + "/rematch", null).code()).isEqualTo("game-not-finished");
        game.passes(6);

        try (EventStream lobby = EventStream.openPath(port, "/api/lobby/events", null)) {
            lobby.await("snapshot");
            ApiPlayer.Reply first = bob.post("/api/games/" + old + "/rematch", null);
            assertThat(first.status()).as(first.raw()).isEqualTo(201);
            String rematch = first.body().get("id").asString();
            assertThat(first.headers().getLocation()).hasToString("/api/games/" + rematch);
            assertThat(first.body().get("seats").get(0).get("player").get("id").asString()).isEqualTo(bob.id());
            assertThat(first.body().get("clock").get("increment").asInt()).isEqualTo(2);
            assertThat(first.body().get("seatCount").asInt()).isEqualTo(2);

            ApiPlayer.Reply second = alice.post("/api/games/" + old + "/rematch", null);
            assertThat(second.status()).as(second.raw()).isEqualTo(200);
            assertThat(second.body().get("id").asString()).isEqualTo(rematch);
            assertThat(second.body().get("seats").size()).isEqualTo(2);
            assertThat(bob.post("/api/games/" + old + "/rematch", null).status()).isEqualTo(200);
            assertThat(bob.start(rematch).status()).isEqualTo(200);

            EventStream.Event announced = lobby.await(e -> e.type().equals("game") && e.data().contains(rematch),
                    Duration.ofSeconds(15));
            assertThat(json.readTree(announced.data()).get("rematchOf").asString()).isEqualTo(old);
        }
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        assertThat(carol.post("/api/games/" + old + "/rematch", null).code()).isEqualTo("not-seated");
        assertThat(ApiPlayer.spectator(http).post("/api/games/" + old + "/rematch", null).status()).isEqualTo(401);
        assertThat(alice.post("/api/games/local-nosuchgame000000/rematch", null).code()).isEqualTo("game-not-found");
    }
}
