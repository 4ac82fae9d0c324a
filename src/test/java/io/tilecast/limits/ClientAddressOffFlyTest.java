package io.tilecast.limits;

import static io.tilecast.limits.Clients.assertRateLimited;
import static io.tilecast.limits.Clients.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Finding 7: off fly.io ({@code FLY_APP_NAME} unset) {@code Fly-Client-IP} is anyone's to send, so
 * the connection's address counts and a client cannot choose a fresh key per request.
 */
@IntegrationTest
@TestPropertySource(properties = {"tilecast.fly.app-name=", "tilecast.limits.sign-in-per-address=2/1h"})
class ClientAddressOffFlyTest {

    @Autowired
    WebTestClient http;

    @Test
    void aClientNamingItsOwnAddressIsStillCountedByItsConnection() {
        assertThat(signIn("203.0.113.30").code()).isEqualTo("bad-credentials");
        assertThat(signIn("203.0.113.31").code()).isEqualTo("bad-credentials");

        assertRateLimited(signIn("203.0.113.32"));
    }

    private ApiPlayer.Reply signIn(String claimedAddress) {
        return ApiPlayer.spectator(at(http, claimedAddress))
                .post("/api/session", Map.of("name", "somebody", "password", "a guess"));
    }
}
