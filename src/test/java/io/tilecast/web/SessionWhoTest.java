package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/session}: who is calling, 200 for a visitor (null), a guest and an account alike. */
@IntegrationTest
class SessionWhoTest {

    @Autowired
    WebTestClient http;

    @Test
    void aVisitorIsNobodyWithoutARefusal() {
        ApiPlayer.Reply visitor = ApiPlayer.spectator(http).get("/api/session");

        assertThat(visitor.status()).isEqualTo(200);
        assertThat(visitor.body().has("player")).isTrue();
        assertThat(visitor.body().get("player").isNull()).isTrue();
    }

    @Test
    void aGuestIsNamedAndMarkedGuest() {
        ApiPlayer guest = ApiPlayer.register(http, "gus");

        JsonNode player = guest.get("/api/session").body().get("player");

        assertThat(player.get("id").asString()).isEqualTo(guest.id());
        assertThat(player.get("name").asString()).isEqualTo(guest.name());
        assertThat(player.get("guest").asBoolean()).isTrue();
    }

    @Test
    void anAccountWithAPasswordIsNoGuest() {
        ApiPlayer.Reply registered = ApiPlayer.spectator(http).send(HttpMethod.POST, "/api/players",
                Map.of("name", "acct" + System.nanoTime() % 100000, "password", "correct horse"));
        ApiPlayer account = ApiPlayer.withTokenNamed(http, registered.body().get("name").asString(),
                registered.body().get("token").asString());

        ApiPlayer.Reply session = account.get("/api/session");

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.body().get("player").get("id").asString()).isEqualTo(account.id());
        assertThat(session.body().get("player").get("guest").asBoolean()).isFalse();
        assertThat(session.body().get("player").has("token")).isFalse();
    }

    @Test
    void aBadTokenIsAVisitorToo() {
        ApiPlayer forged = ApiPlayer.withTokenNamed(http, "x", ApiPlayer.register(http, "tok").token());
        ApiPlayer.Reply signedOut = forged.send(HttpMethod.DELETE, "/api/session", null);
        assertThat(signedOut.status()).isEqualTo(204);

        ApiPlayer.Reply after = forged.get("/api/session");

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body().get("player").isNull()).isTrue();
    }
}
