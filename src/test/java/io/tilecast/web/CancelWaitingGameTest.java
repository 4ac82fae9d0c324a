package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** {@code DELETE /api/games/{id}}: the creator calls off a waiting game, which leaves the lobby; nobody else can. */
@IntegrationTest
class CancelWaitingGameTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void theCreatorCancelsAWaitingGameAndItLeavesTheLobby() {
        ApiPlayer ann = ApiPlayer.register(http, "ann");
        ApiPlayer ben = ApiPlayer.register(http, "ben");
        String id = ann.create(2).body().get("id").asString();
        ben.join(id);
        try (EventStream lobby = EventStream.openPath(port, "/api/lobby/events", null);
             EventStream game = EventStream.open(port, id, ben.token())) {
            lobby.await(e -> (e.type().equals("snapshot") || e.type().equals("game")) && e.data().contains(id), WAIT);
            game.await("snapshot");

            ApiPlayer.Reply cancelled = ann.send(HttpMethod.DELETE, "/api/games/" + id, null);
            assertThat(cancelled.status()).isEqualTo(204);

            EventStream.Event gone = lobby.await(e -> e.type().equals("gone") && e.data().contains(id), WAIT);
            assertThat(json.readTree(gone.data()).get("id").asString()).isEqualTo(id);
            assertThat(game.await("cancelled").data()).contains("\"version\":3");
        }
        assertThat(ann.view(id).body().get("status").asString()).isEqualTo("cancelled");
        assertThat(ben.get("/api/games?status=waiting").raw()).doesNotContain(id);
        assertThat(ApiPlayer.register(http, "cal").join(id).code()).isEqualTo("game-started");
    }

    @Test
    void aStartedGameCannotBeCancelled() {
        ApiPlayer ann = ApiPlayer.register(http, "ann");
        ApiPlayer ben = ApiPlayer.register(http, "ben");
        String id = ann.create(2).body().get("id").asString();
        ben.join(id);
        ann.start(id);
        int version = ann.view(id).version();

        ApiPlayer.Reply refused = ann.send(HttpMethod.DELETE, "/api/games/" + id, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("game-started");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(ann.view(id).body().get("status").asString()).isEqualTo("active");
        assertThat(ann.view(id).version()).isEqualTo(version);
    }

    @Test
    void onlyTheCreatorCancels() {
        ApiPlayer ann = ApiPlayer.register(http, "ann");
        ApiPlayer ben = ApiPlayer.register(http, "ben");
        String id = ann.create(2).body().get("id").asString();
        ben.join(id);

        ApiPlayer.Reply seated = ben.send(HttpMethod.DELETE, "/api/games/" + id, null);
        ApiPlayer.Reply stranger = ApiPlayer.register(http, "cal").send(HttpMethod.DELETE, "/api/games/" + id, null);
        ApiPlayer.Reply visitor = ApiPlayer.spectator(http).send(HttpMethod.DELETE, "/api/games/" + id, null);

        assertThat(seated.status()).isEqualTo(403);
        assertThat(seated.code()).isEqualTo("not-creator");
        assertThat(stranger.code()).isEqualTo("not-creator");
        assertThat(visitor.status()).isEqualTo(401);
        assertThat(visitor.code()).isEqualTo("unauthenticated");
        assertThat(ann.view(id).body().get("status").asString()).isEqualTo("waiting");
        assertThat(ann.view(id).version()).isEqualTo(2);
    }

    @Test
    void anUnknownGameIsNotFound() {
        ApiPlayer ann = ApiPlayer.register(http, "ann");

        ApiPlayer.Reply missing = ann.send(HttpMethod.DELETE, "/api/games/local-nosuchgame0000000", null);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("game-not-found");
    }
}
