package io.tilecast.account;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Registering a player and using the token it returns, over real HTTP against PostgreSQL. */
@IntegrationTest
class RegistrationTest {

    @Autowired
    WebTestClient http;

    @Autowired
    DatabaseClient database;

    @LocalServerPort
    int port;

    @Test
    void registrationAnswersIdNameTokenAndLocation() {
        var registered = register("alice").expectStatus().isCreated()
                .expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/players/[A-Za-z0-9_-]{20}")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(registered).containsOnlyKeys("id", "name", "token").containsEntry("name", "alice");
        assertThat((String) registered.get("id")).matches("[A-Za-z0-9_-]{20}");
        assertThat((String) registered.get("token")).startsWith("v1.");
    }

    @Test
    void cookieCarriesTheSameTokenHttpOnlyLaxForThirtyDays() {
        var result = register("bob").expectStatus().isCreated().expectBody(Map.class).returnResult();
        ResponseCookie cookie = result.getResponseCookies().getFirst(TokenCookie.NAME);

        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo(result.getResponseBody().get("token"));
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofDays(30));
        assertThat(cookie.isSecure()).as("plain http must keep the cookie usable").isFalse();
    }

    @Test
    void overHttpsTheCookieIsSecureAndHostPrefixedAndSignsIn() {
        var result = http.post().uri("/api/players").header("X-Forwarded-Proto", "https")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "carol"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult();

        var cookie = result.getResponseCookies().getFirst(TokenCookie.HOST_NAME);
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        assertThat(result.getResponseCookies().getFirst(TokenCookie.NAME)).isNull();

        http.get().uri("/api/players/me").header("X-Forwarded-Proto", "https")
                .cookie(TokenCookie.HOST_NAME, cookie.getValue())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("carol");
    }

    @Test
    void tokenIdentifiesThePlayerAsBearer() {
        Map<?, ?> dave = registered("dave");

        http.get().uri("/api/players/me").headers(h -> h.setBearerAuth((String) dave.get("token")))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(dave.get("id"))
                .jsonPath("$.name").isEqualTo("dave");
    }

    @Test
    void tokenIdentifiesThePlayerAsCookie() {
        Map<?, ?> erin = registered("erin");

        http.get().uri("/api/players/me").cookie(TokenCookie.NAME, (String) erin.get("token"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(erin.get("id"));
    }

    @Test
    void bearerHeaderWinsOverCookie() {
        Map<?, ?> frank = registered("frank");
        Map<?, ?> grace = registered("grace");

        http.get().uri("/api/players/me")
                .headers(h -> h.setBearerAuth((String) frank.get("token")))
                .cookie(TokenCookie.NAME, (String) grace.get("token"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("frank");
    }

    @Test
    void meWithoutTokenIsUnauthenticated() {
        expectProblem(http.get().uri("/api/players/me").exchange()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer"), 401, "unauthenticated");
    }

    @Test
    void profileShowsNameAndRecord() {
        Map<?, ?> heidi = registered("heidi");

        http.get().uri("/api/players/{id}", heidi.get("id")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(heidi.get("id"))
                .jsonPath("$.name").isEqualTo("heidi")
                .jsonPath("$.played").isEqualTo(0)
                .jsonPath("$.won").isEqualTo(0)
                .jsonPath("$.token").doesNotExist();
    }

    @Test
    void unknownPlayerIsNotFound() {
        expectProblem(http.get().uri("/api/players/nobody-has-this-id").exchange(), 404, "player-not-found");
    }

    @Test
    void idThatThisServerCannotHaveMadeIsNotFound() {
        // A control character is refused at the edge, before anything looks the id up.
        expectProblem(http.get().uri(b -> b.path("/api/players/{id}").build("nul\u0000byte")).exchange(),
                400, "non-canonical-path");
        expectProblem(http.get().uri("/api/players/{id}", "x".repeat(200)).exchange(), 404, "player-not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abcdefghijklmnopqrstuvwxy", "two words", "zoë", "名前", "a.b", "semi;colon", " ivan"})
    void invalidNamesAreRefusedAndChangeNothing(String name) {
        long before = playerCount();

        expectProblem(register(name), 400, "invalid-name");

        assertThat(playerCount()).isEqualTo(before);
    }

    @Test
    void missingOrNullNameIsAnInvalidName() {
        long before = playerCount();

        expectProblem(http.post().uri("/api/players").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange(), 400, "invalid-name");
        expectProblem(http.post().uri("/api/players").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": null}").exchange(), 400, "invalid-name");

        assertThat(playerCount()).isEqualTo(before);
    }

    @Test
    void longestAndShortestNamesAreAccepted() {
        register("x").expectStatus().isCreated().expectBody().jsonPath("$.name").isEqualTo("x");
        register("Abcdefghijklmnopqrstu_-9").expectStatus().isCreated()
                .expectBody().jsonPath("$.name").isEqualTo("Abcdefghijklmnopqrstu_-9");
    }

    @Test
    void nameTakenRegardlessOfCase() {
        registered("Judy");
        long before = playerCount();

        expectProblem(register("jUDY"), 409, "name-taken");

        assertThat(playerCount()).isEqualTo(before);
    }

    @Test
    void simultaneousRegistrationsOfOneNameCreateOnePlayer() {
        List<Integer> statuses = ApiPlayer.registeredAtOnce(port, "kim", "KIM");

        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(playerNamed("kim")).isEqualTo(1);
    }

    private WebTestClient.ResponseSpec register(String name) {
        return http.post().uri("/api/players").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name)).exchange();
    }

    private Map<?, ?> registered(String name) {
        return Objects.requireNonNull(register(name).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody());
    }

    private long playerCount() {
        return database.sql("SELECT count(*) AS n FROM players").map(row -> row.get("n", Long.class)).one().block();
    }

    private long playerNamed(String name) {
        return database.sql("SELECT count(*) AS n FROM players WHERE lower(name) = lower(:name)").bind("name", name)
                .map(row -> row.get("n", Long.class)).one().block();
    }
}
