package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.RawHttp;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The requests that found holes at the edge (issue 22, findings 1, 5 and 8), sent byte for byte:
 * each gets a 4xx problem with a stable code and changes nothing.
 */
@IntegrationTest
@TestPropertySource(properties = "tilecast.limits.commands-per-player=5/1h")
class HostilePathsTest {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    /** Finding 1: guessing passwords at a path spelt another way used to skip the sign-in limit. */
    @Test
    void signInsAtAPathSpeltAnotherWayAreRefusedBeforeAnyPasswordIsChecked() {
        String body = "{\"name\": \"victim\", \"password\": \"guess-guess\"}";

        IntStream.range(0, 25).forEach(guess -> {
            RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/session;x", Map.of(), body);
            assertNonCanonical(answer);
        });
        assertNonCanonical(RawHttp.send(port, "POST", "/api/sessio%6E", Map.of(), body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/session;x", "/api/sessio%6E", "/%61pi/players", "//api/players", "/api/players/",
            "/api/./players", "/api/x/../players", "/api/players%2F", "/api/players%00", "/api/players%5C"})
    void aRegistrationAtAPathSpeltAnotherWayRegistersNobody(String path) {
        String name = "mallory" + Math.abs(path.hashCode() % 10_000);

        assertNonCanonical(RawHttp.send(port, "POST", path, Map.of(), "{\"name\": \"" + name + "\"}"));

        assertThat(ApiPlayer.spectator(http).post("/api/players", Map.of("name", name)).status())
                .as("the name is still free").isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//api/games", "/api/games/", "/api/game%73", "/api/games;rated=no", "/%61pi/games"})
    void gameCreationAtAPathSpeltAnotherWayCreatesNoGame(String path) {
        ApiPlayer creator = ApiPlayer.register(http, "spelling");

        assertNonCanonical(RawHttp.send(port, "POST", path, Map.of("Authorization", "Bearer " + creator.token()),
                "{\"seats\": 2}"));

        assertThat(creator.get("/api/games?status=waiting").raw()).doesNotContain(creator.id());
    }

    /** Broken percent-encoding never reaches the filters: the framework cannot read the path and says 400. */
    @Test
    void aPathThatCannotBeDecodedIsA400AndRegistersNobody() {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/%zzplayers", Map.of(), "{\"name\": \"zed\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(ApiPlayer.spectator(http).post("/api/players", Map.of("name", "zed")).status()).isEqualTo(201);
    }

    /** Finding 8: a NUL byte in a game id used to reach PostgreSQL and come back as a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/games/%00", "/api/games/local-%00AAAAAAAAAAAAAAA", "/api/games/%00/events",
            "/api/games/%1F/gcg"})
    void controlCharactersInAGameIdAreA400NotA500(String path) {
        assertNonCanonical(RawHttp.send(port, "GET", path, Map.of(), null));
    }

    /** Encoded bytes that are not UTF-8 are a path like any other: a 4xx, never a 5xx. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/players/%C0%80", "/api/players/%FF", "/api/games/%C3%28", "/api/games/%C3%28/events",
            "/api/games/%ED%A0%80/gcg"})
    void bytesThatAreNotUtf8AreAClientError(String path) {
        RawHttp.Answer answer = RawHttp.send(port, "GET", path, Map.of(), null);

        assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        assertThat(answer.code()).isNotNull();
    }

    /** Finding 5: text of no game id's shape is answered without a query, by the edge or the finder. */
    @Test
    void aGameIdOfNoGamesShapeIsNotFoundWithoutALookUp() {
        ApiPlayer player = ApiPlayer.register(http, "shapeless");

        // A lease read would send another region's game there (307); there is none to read.
        for (String id : new String[] {"syd-short", "syd-AAAAAAAAAAAAAAAAA", "nonsense"}) {
            ApiPlayer.Reply reply = player.pass(id, 1);
            assertThat(reply.status()).as(id).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("game-not-found");
        }
        assertThat(ApiPlayer.spectator(http).get("/api/games/nonsense").code()).isEqualTo("game-not-found");
    }

    /**
     * Finding 5: a made-up id of the right shape costs a lease read, which for another region's game
     * ends in a replay there (307); beyond the caller's command limit nothing reaches the lease.
     */
    @Test
    void madeUpGamesAreCountedBeforeTheirLeaseIsLookedUp() {
        ApiPlayer player = ApiPlayer.register(http, "inventor");

        for (int made = 0; made < 5; made++) {
            var answer = http.post().uri("/api/games/syd-madeUpGame00000{n}/moves", made)
                    .header("Authorization", "Bearer " + player.token())
                    .bodyValue(Map.of("type", "pass", "version", 1)).exchange().expectBody().returnResult();
            assertThat(answer.getStatus().value()).isEqualTo(307);
            assertThat(answer.getResponseHeaders().getFirst("fly-replay")).isEqualTo("region=syd");
        }
        for (int made = 5; made < 10; made++) {
            ApiPlayer.Reply refused = player.pass("syd-madeUpGame00000" + made, 1);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.code()).isEqualTo("rate-limited");
            assertThat(refused.headers().getFirst("fly-replay")).isNull();
        }
    }

    private static void assertNonCanonical(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo("non-canonical-path");
    }
}
