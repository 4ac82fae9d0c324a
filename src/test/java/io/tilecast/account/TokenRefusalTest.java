package io.tilecast.account;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A token that is present but not valid is refused on the API, as a header or as a cookie. */
@IntegrationTest
@TestPropertySource(properties = "tilecast.auth.secret=" + TokenRefusalTest.SECRET)
class TokenRefusalTest {

    static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-for-tests";

    @Autowired
    WebTestClient http;

    String id;
    String token;

    @BeforeEach
    void register() {
        // A fresh name each time: a clock-made one could repeat and be refused as taken.
        ApiPlayer mallory = ApiPlayer.register(http, "mallory");
        id = mallory.id();
        token = mallory.token();
    }

    @Test
    void tokenSignedWithAnotherSecretIsRefused() {
        var forger = new PlayerTokens("another-secret-that-is-also-32-bytes-long".getBytes(StandardCharsets.UTF_8),
                Duration.ofDays(30), Clock.systemUTC());
        String forged = forger.issue(new Caller.Player(id, "mallory")).token();

        expectRefused(forged);
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherPlayer = "someoneelse123456789" + payload.substring(payload.indexOf('|'));
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(otherPlayer.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        expectRefused(tampered);
    }

    @Test
    void expiredTokenIsRefused() {
        var thirtyOneDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(31)), ZoneOffset.UTC);
        var past = new PlayerTokens(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofDays(30), thirtyOneDaysAgo);
        String expired = past.issue(new Caller.Player(id, "mallory")).token();

        expectRefused(expired);
    }

    @Test
    void sameSecretFromAnotherMachineIsAccepted() {
        var otherMachine = new PlayerTokens(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofDays(30),
                Clock.systemUTC());
        String fromThere = otherMachine.issue(new Caller.Player(id, "mallory")).token();

        http.get().uri("/api/players/me").headers(h -> h.setBearerAuth(fromThere)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(id);
    }

    @Test
    void garbageIsRefused() {
        expectRefused("garbage");
        expectRefused("v1.not-base64!.x");
        expectRefused(token + "x");
        expectRefused("v2" + token.substring(2));
    }

    @Test
    void authorizationThatIsNotBearerIsRefused() {
        expectProblem(http.get().uri("/api/players/" + id).header(HttpHeaders.AUTHORIZATION, "Basic YWxpY2U6cHc=")
                .exchange(), 401, "unauthenticated");
    }

    @Test
    void invalidCookieIsRefusedAndCleared() {
        var result = http.get().uri("/api/players/" + id).cookie(TokenCookie.NAME, "garbage").exchange();

        expectProblem(result, 401, "unauthenticated");
        ResponseCookie cleared = result.returnResult(String.class).getResponseCookies().getFirst(TokenCookie.NAME);
        assertThat(cleared).isNotNull();
        assertThat(cleared.getMaxAge()).isZero();
    }

    @Test
    void invalidTokenIsRefusedOnReadsToo() {
        expectProblem(http.get().uri("/api/players/" + id).headers(h -> h.setBearerAuth("garbage")).exchange(),
                401, "unauthenticated");
    }

    @Test
    void invalidTokenDoesNotMatterOutsideTheApi() {
        http.get().uri("/actuator/health").headers(h -> h.setBearerAuth("garbage")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private void expectRefused(String bad) {
        expectProblem(http.get().uri("/api/players/me").headers(h -> h.setBearerAuth(bad)).exchange()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""),
                401, "unauthenticated");
        expectProblem(http.get().uri("/api/players/me").cookie(TokenCookie.NAME, bad).exchange(),
                401, "unauthenticated");
    }
}
