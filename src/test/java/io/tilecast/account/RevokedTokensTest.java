package io.tilecast.account;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Tokens can be revoked (issue 22, finding 4): signing out ends every token of the account, a
 * password change needs the current password and ends every token but the caller's, and another
 * machine learns of a revocation from the primary.
 */
@IntegrationTest
@TestPropertySource(properties = "tilecast.auth.secret=" + RevokedTokensTest.KEY)
class RevokedTokensTest {

    static final String KEY = "a-secret-of-at-least-thirty-two-bytes-for-tests";

    private static final String SECRET = "correct horse battery staple";
    private static final String NEW_SECRET = "a different horse entirely";

    @Autowired
    WebTestClient http;
    @Autowired
    DatabaseClient primary;
    @Autowired
    AuthProperties auth;
    @Autowired
    PlayerTokens tokens;

    @Test
    void signingOutEndsTheTokenAndEveryOtherOneOfTheAccount() {
        String first = register("Hana", SECRET);
        String second = signIn("Hana", SECRET);

        send(HttpMethod.DELETE, "/api/session", first, null).expectStatus().isNoContent();

        expectProblem(send(HttpMethod.GET, "/api/players/me", first, null), 401, "unauthenticated");
        expectProblem(send(HttpMethod.GET, "/api/players/me", second, null), 401, "unauthenticated");
        expectProblem(send(HttpMethod.POST, "/api/games", first, Map.of("seats", 2)), 401, "unauthenticated");
        me(signIn("Hana", SECRET)).expectStatus().isOk();
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        String token = register("Ines", SECRET);

        expectProblem(send(HttpMethod.PUT, "/api/players/me/password", token, Map.of("password", NEW_SECRET)),
                403, "bad-credentials");
        expectProblem(send(HttpMethod.PUT, "/api/players/me/password", token,
                Map.of("current", "not the password", "password", NEW_SECRET)), 403, "bad-credentials");

        me(token).expectStatus().isOk();
        signIn("Ines", SECRET);
        signInRefused("Ines", NEW_SECRET);
    }

    @Test
    void aPasswordChangeEndsEveryOtherTokenButTheCallersOwn() {
        String here = register("Jude", SECRET);
        String elsewhere = signIn("Jude", SECRET);
        String alsoElsewhere = signIn("Jude", SECRET);

        send(HttpMethod.PUT, "/api/players/me/password", here, Map.of("current", SECRET, "password", NEW_SECRET))
                .expectStatus().isNoContent();

        expectProblem(me(elsewhere), 401, "unauthenticated");
        expectProblem(me(alsoElsewhere), 401, "unauthenticated");
        me(here).expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("Jude");
        signInRefused("Jude", SECRET);
        String next = signIn("Jude", NEW_SECRET);

        send(HttpMethod.DELETE, "/api/session", next, null).expectStatus().isNoContent();
        expectProblem(me(here), 401, "unauthenticated");
    }

    @Test
    void aGuestSetsAFirstPasswordWithoutACurrentOne() {
        String guest = register("Kofi", null);

        send(HttpMethod.PUT, "/api/players/me/password", guest, Map.of("password", SECRET))
                .expectStatus().isNoContent();

        signIn("Kofi", SECRET);
    }

    @Test
    void anotherMachineLearnsOfASignOutFromThePrimary() {
        String token = register("Lena", SECRET);
        TokenEpochs thereEpochs = new TokenEpochs();
        TokenEpochFeed thereFeed = new TokenEpochFeed(primary, thereEpochs, auth, Clock.systemUTC());
        PlayerTokens there = new PlayerTokens(SigningKey.from(auth.secret()), auth.tokenTtl(), Clock.systemUTC(),
                thereEpochs);
        String id = tokens.verify(token).orElseThrow().id();
        thereFeed.refresh().block();
        assertThat(there.verify(token)).isPresent();

        send(HttpMethod.DELETE, "/api/session", token, null).expectStatus().isNoContent();
        assertThat(there.verify(token)).as("until the machine looks again").isPresent();
        thereFeed.refresh().block();

        assertThat(there.verify(token)).isEmpty();
        assertThat(thereEpochs.current(id)).isEqualTo(1);
    }

    private String register(String name, String password) {
        Map<String, String> body = password == null ? Map.of("name", name) : Map.of("name", name, "password", password);
        return send(HttpMethod.POST, "/api/players", null, body).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("token").asString();
    }

    private String signIn(String name, String password) {
        return send(HttpMethod.POST, "/api/session", null, Map.of("name", name, "password", password))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("token")
                .asString();
    }

    private void signInRefused(String name, String password) {
        expectProblem(send(HttpMethod.POST, "/api/session", null, Map.of("name", name, "password", password)),
                401, "bad-credentials");
    }

    private WebTestClient.ResponseSpec me(String token) {
        return send(HttpMethod.GET, "/api/players/me", token, null);
    }

    private WebTestClient.ResponseSpec send(HttpMethod method, String path, String token, Object body) {
        WebTestClient.RequestBodySpec request = http.method(method).uri(path).accept(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }
}
