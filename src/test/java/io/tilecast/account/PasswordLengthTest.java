package io.tilecast.account;

import static io.tilecast.support.Problems.expectProblem;

import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A password is 8 to 128 characters and at most 72 bytes of UTF-8 (issue 22, finding 3): 19 emoji
 * are 76 bytes, which BCrypt refuses, and once gave {@code 500}. Registration and a password change
 * answer {@code 400 invalid-password} and change nothing; a sign-in with such a password is simply
 * wrong ({@code 401 bad-credentials}), as no account can have it.
 */
@IntegrationTest
class PasswordLengthTest {

    private static final String NINETEEN_EMOJI = "\uD83D\uDE00".repeat(19);
    private static final String SEVENTY_THREE_BYTES = "x".repeat(73);
    private static final String SEVENTY_TWO_BYTES = "\u00e9".repeat(36);
    private static final String SECRET = "correct horse battery staple";

    @Autowired
    WebTestClient http;

    @Test
    void registrationRefusesAPasswordOverSeventyTwoBytesAndRegistersNobody() {
        for (String password : new String[] {NINETEEN_EMOJI, SEVENTY_THREE_BYTES, "\uD800 lone surrogate"}) {
            expectProblem(send(HttpMethod.POST, "/api/players", null, Map.of("name", "Mona", "password", password)),
                    400, "invalid-password");
        }
        send(HttpMethod.POST, "/api/players", null, Map.of("name", "Mona", "password", SEVENTY_TWO_BYTES))
                .expectStatus().isCreated();
        signIn("Mona", SEVENTY_TWO_BYTES).expectStatus().isOk();
    }

    @Test
    void aPasswordChangeRefusesItAndKeepsTheOldPassword() {
        String token = send(HttpMethod.POST, "/api/players", null, Map.of("name", "Nell", "password", SECRET))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("token").asString();

        expectProblem(send(HttpMethod.PUT, "/api/players/me/password", token,
                Map.of("current", SECRET, "password", NINETEEN_EMOJI)), 400, "invalid-password");

        send(HttpMethod.GET, "/api/players/me", token, null).expectStatus().isOk();
        signIn("Nell", SECRET).expectStatus().isOk();
    }

    @Test
    void aSignInWithATooLongPasswordIsAWrongPassword() {
        send(HttpMethod.POST, "/api/players", null, Map.of("name", "Olga", "password", SECRET)).expectStatus()
                .isCreated();

        expectProblem(signIn("Olga", NINETEEN_EMOJI), 401, "bad-credentials");
        expectProblem(signIn("Olga", SECRET + "x".repeat(100)), 401, "bad-credentials");
        expectProblem(signIn("Olga", "x".repeat(10_000)), 401, "bad-credentials");
    }

    private WebTestClient.ResponseSpec signIn(String name, String password) {
        return send(HttpMethod.POST, "/api/session", null, Map.of("name", name, "password", password));
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
