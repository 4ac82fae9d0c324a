package io.tilecast.limits;

import static io.tilecast.limits.Clients.assertRateLimited;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sign-ins are limited per account name as well as per address, so guesses spread over many
 * addresses still run out; password changes are limited per player (issue 22, finding 5).
 */
@IntegrationTest
@TestPropertySource(properties = {"tilecast.limits.sign-in-per-account=3/1h", "tilecast.limits.password-per-player=2/1h"})
class AccountLimitsTest {

    @Autowired
    WebTestClient http;

    @Test
    void guessesAtOneAccountFromManyAddressesRunOut() {
        for (int guess = 0; guess < 3; guess++) {
            assertThat(signIn(Clients.at(http, "198.51.100." + guess), "target", "guess " + guess).code())
                    .isEqualTo("bad-credentials");
        }

        ApiPlayer.Reply refused = signIn(Clients.at(http, "198.51.100.99"), "TARGET", "one more guess");

        assertRateLimited(refused);
        assertThat(refused.body().get("detail").asString()).contains("sign-ins from this account");
        assertThat(signIn(http, "someone-else", "guess").code()).isEqualTo("bad-credentials");
    }

    /** Issue 22, finding 1: {@code /api/session;x} reached the route uncounted; the route counts it itself. */
    @Test
    void guessesSentToAnotherSpellingOfThePathAreRefusedAndTheRestCounted() {
        ApiPlayer guesser = ApiPlayer.spectator(http);
        for (String path : new String[] {"/api/session;x", "/api/session;y=1"}) {
            assertThat(guesser.post(path, Map.of("name", "spelt", "password", "a guess")).code())
                    .isEqualTo("non-canonical-path");
        }
        for (int guess = 0; guess < 3; guess++) {
            assertThat(guesser.post("/api/session", Map.of("name", "spelt", "password", "a guess")).code())
                    .isEqualTo("bad-credentials");
        }

        assertRateLimited(guesser.post("/api/session", Map.of("name", "SPELT", "password", "one more guess")));
    }

    @Test
    void aPlayerChangingThePasswordAgainAndAgainIsToldToWait() {
        ApiPlayer player = ApiPlayer.register(http, "changer");
        assertThat(change(player, "a first password")).isEqualTo(204);
        assertThat(changeReply(player, "wrong current", "a second password").code()).isEqualTo("bad-credentials");

        ApiPlayer.Reply refused = changeReply(player, "a first password", "a third password");

        assertRateLimited(refused);
        assertThat(refused.body().get("detail").asString()).contains("password changes from this player");
    }

    private static ApiPlayer.Reply signIn(WebTestClient client, String name, String password) {
        return ApiPlayer.spectator(client).post("/api/session", Map.of("name", name, "password", password));
    }

    private int change(ApiPlayer player, String password) {
        return http.method(HttpMethod.PUT).uri("/api/players/me/password").headers(h -> h.setBearerAuth(player.token()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("password", password)).exchange()
                .returnResult(Void.class).getStatus().value();
    }

    private ApiPlayer.Reply changeReply(ApiPlayer player, String current, String password) {
        return player.send(HttpMethod.PUT, "/api/players/me/password", Map.of("current", current, "password", password));
    }
}
