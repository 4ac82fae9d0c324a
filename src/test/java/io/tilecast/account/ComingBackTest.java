package io.tilecast.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Accounts you can come back to: a password at registration or later, sign-in by name and password
 * anywhere, one answer for every wrong sign-in, and sign-out.
 */
@IntegrationTest
class ComingBackTest {

    private static final String SECRET = "correct horse battery staple";

    @Autowired
    WebTestClient http;

    @Test
    void aPlayerWhoRegisteredWithAPasswordSignsInAgainAndGetsAWorkingToken() {
        JsonNode registered = post("/api/players", null, Map.of("name", "Dora", "password", SECRET)).expectStatus()
                .isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(registered.toString()).doesNotContain(SECRET);
        assertThat(profile(registered.get("token").asString()).get("guest").asBoolean()).isFalse();

        EntityExchangeResult<JsonNode> signedIn = post("/api/session", null, Map.of("name", "dora", "password", SECRET))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult();
        JsonNode session = signedIn.getResponseBody();
        assertThat(session.get("id").asString()).isEqualTo(registered.get("id").asString());
        assertThat(session.get("name").asString()).isEqualTo("Dora");
        assertThat(session.toString()).doesNotContain(SECRET);
        assertThat(signedIn.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE))
                .startsWith("tilecast_token=" + session.get("token").asString()).contains("HttpOnly");
        assertThat(profile(session.get("token").asString()).get("id").asString())
                .isEqualTo(registered.get("id").asString());
        assertThat(http.get().uri("/api/players/" + registered.get("id").asString()).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("guest").asBoolean()).isFalse();
    }

    @Test
    void aPasswordOfTheWrongLengthIsRefusedAndNothingIsRegistered() {
        for (String password : new String[] {"short", "x".repeat(129)}) {
            post("/api/players", null, Map.of("name", "Erin", "password", password)).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.code").isEqualTo("invalid-password");
        }
        post("/api/players", null, Map.of("name", "Erin")).expectStatus().isCreated();
    }

    @Test
    void aGuestSetsAPasswordAndCanThenSignIn() {
        ApiPlayer guest = ApiPlayer.register(http, "guest");
        assertThat(profile(guest.token()).get("guest").asBoolean()).isTrue();
        signIn(guest.name(), SECRET).expectStatus().isUnauthorized();

        send(HttpMethod.PUT, "/api/players/me/password", guest.token(), Map.of("password", "short"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-password");
        send(HttpMethod.PUT, "/api/players/me/password", null, Map.of("password", SECRET))
                .expectStatus().isUnauthorized();
        send(HttpMethod.PUT, "/api/players/me/password", guest.token(), Map.of("password", SECRET))
                .expectStatus().isNoContent();

        assertThat(profile(guest.token()).get("guest").asBoolean()).isFalse();
        signIn(guest.name(), SECRET).expectStatus().isOk();
    }

    @Test
    void aWrongPasswordAnUnknownNameAndAGuestGetTheSameAnswer() {
        post("/api/players", null, Map.of("name", "Fay", "password", SECRET)).expectStatus().isCreated();
        ApiPlayer guest = ApiPlayer.register(http, "guest");

        String wrongPassword = refusal(signIn("Fay", "not the password"));
        String unknownName = refusal(signIn("NobodyHasThisName", SECRET));
        String aGuest = refusal(signIn(guest.name(), SECRET));
        String noPassword = refusal(post("/api/session", null, Map.of("name", "Fay")));

        assertThat(wrongPassword).contains("\"code\":\"bad-credentials\"").doesNotContain(SECRET);
        assertThat(unknownName).isEqualTo(wrongPassword);
        assertThat(aGuest).isEqualTo(wrongPassword);
        assertThat(noPassword).isEqualTo(wrongPassword);
    }

    @Test
    void signingOutClearsTheCookie() {
        ApiPlayer player = ApiPlayer.register(http, "leaver");
        EntityExchangeResult<byte[]> out = send(HttpMethod.DELETE, "/api/session", player.token(), null)
                .expectStatus().isNoContent().expectBody().returnResult();
        assertThat(out.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE))
                .startsWith("tilecast_token=;").contains("Max-Age=0");
    }

    private JsonNode profile(String token) {
        return send(HttpMethod.GET, "/api/players/me", token, null).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec signIn(String name, String password) {
        return post("/api/session", null, Map.of("name", name, "password", password));
    }

    /** The refusal's body without its {@code instance}, which every refusal here shares anyway. */
    private static String refusal(WebTestClient.ResponseSpec response) {
        return new String(response.expectStatus().isUnauthorized().expectBody().returnResult().getResponseBody(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private WebTestClient.ResponseSpec post(String path, String token, Object body) {
        return send(HttpMethod.POST, path, token, body);
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
