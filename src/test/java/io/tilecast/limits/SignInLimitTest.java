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

/** Sign-ins, right or wrong, are limited per client address: three an hour here. */
@IntegrationTest
@TestPropertySource(properties = "tilecast.limits.sign-in-per-address=3/1h")
class SignInLimitTest {

    @Autowired
    WebTestClient http;

    @Test
    void anAddressThatKeepsGuessingIsToldToComeBackLater() {
        ApiPlayer guesser = ApiPlayer.spectator(at(http, "203.0.113.20"));
        for (int guess = 0; guess < 3; guess++) {
            assertThat(signIn(guesser, "guess " + guess).code()).isEqualTo("bad-credentials");
        }

        ApiPlayer.Reply refused = signIn(guesser, "one more guess");

        assertRateLimited(refused);
        assertThat(refused.body().get("detail").asString()).contains("sign-ins from this address (at most 3/1h)");
        assertThat(signIn(ApiPlayer.spectator(at(http, "203.0.113.21")), "guess").code()).isEqualTo("bad-credentials");
    }

    private static ApiPlayer.Reply signIn(ApiPlayer client, String password) {
        return client.post("/api/session", Map.of("name", "somebody", "password", password));
    }
}
