package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.play.hosting.HostedGames;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every route that reads JSON, sent hostile variants of its body (issue 22, "a bad-input suite"):
 * too large, nested too deep, not JSON, the wrong JSON type, and each member replaced by NUL and
 * control characters, half a surrogate pair, negative and huge numbers and the wrong types. Each
 * is a 4xx problem with a code, and nothing changes: no player, no game, no move, no password.
 * Limits are off, so that each body reaches its route. (The paths are HostilePathsTest's.)
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "tilecast.limits.enabled=false")
class HostileInputTest {

    private static final String PASSWORD = "correct horse battery staple";

    /** What can stand where a member's value goes; none of them is a valid value of any member tried. */
    private static final List<String> VALUES = List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0007\\u001b\\u007f\"",
            "\"\\ud800\"", "\"\\udc00x\"", "-1", "-2147483649", "99999999999999999999999", "1e400", "-1e400", "0.5",
            "NaN", "[]", "[1,2]", "{}", "{\"a\":1}", "true", "\"" + "x".repeat(60_000) + "\"");

    /** Bodies that are wrong whatever the route. */
    private static final List<String> BODIES = List.of("", "{", "}", "[]", "null", "\"text\"", "42", "true",
            "{\"a\":1}{\"b\":2}", "{\"" + "x".repeat(70_000) + "\":1}",
            "[".repeat(30_000) + "]".repeat(30_000), "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000),
            "{\"name\": \"raw\u0001control\"}", "{\"name\": \"alice\", \"name\": \"bob\"}");

    @Autowired
    WebTestClient http;
    @Autowired
    DatabaseClient database;
    @Autowired
    HostedGames games;

    ApiPlayer player;
    StartedGame game;

    @BeforeAll
    void aPlayerWithAPasswordAndAGameInPlay() {
        String name = "hostile" + System.nanoTime() % 100_000;
        String token = http.post().uri("/api/players").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "password", PASSWORD)).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("token").toString();
        player = ApiPlayer.withTokenNamed(http, name, token);
        game = StartedGame.between(player, ApiPlayer.register(http, "opponent"));
    }

    /** Each route, its method, and a valid body as a template whose members are replaced one at a time. */
    Stream<Arguments> hostileBodies() {
        /** {@code optionalBody}: no body, or {@code null}, is a valid request (a game with the defaults). */
        record Route(HttpMethod method, String path, boolean withToken, boolean optionalBody,
                     Map<String, String> members) {
        }
        // The player to move, at the game's version, with a letter of their rack: the exchange as
        // written would be played, so only the hostile member stands between it and a change.
        JsonNode view = player.view(game.id()).body();
        String version = String.valueOf(view.get("version").asInt());
        String rack = view.get("rack").asString();
        List<Route> routes = List.of(
                new Route(HttpMethod.POST, "/api/players", false, false,
                        Map.of("name", "\"hostileNew\"", "password", "\"" + PASSWORD + "\"")),
                new Route(HttpMethod.POST, "/api/session", false, false,
                        Map.of("name", "\"" + player.name() + "\"", "password", "\"" + PASSWORD + "\"")),
                new Route(HttpMethod.PUT, "/api/players/me/password", true, false,
                        Map.of("current", "\"" + PASSWORD + "\"", "password", "\"another long password\"")),
                new Route(HttpMethod.POST, "/api/games", true, true,
                        Map.of("seats", "2", "lexicon", "\"english\"", "opponent", "\"bot-beginner\"",
                                "clock", "{\"initial\": 600, \"increment\": 0, \"overtime\": 1}")),
                new Route(HttpMethod.POST, "/api/games/" + game.id() + "/moves", true, false,
                        Map.of("type", "\"exchange\"", "version", version, "letters", "\"" + rack.charAt(0) + "\"")),
                new Route(HttpMethod.POST, "/api/games/" + game.id() + "/moves", true, false,
                        Map.of("type", "\"place\"", "version", version, "tiles",
                                "[{\"row\": 7, \"col\": 7, \"letter\": \"" + rack.charAt(0) + "\"}]")));
        List<Arguments> cases = new ArrayList<>();
        for (Route route : routes) {
            for (String body : BODIES) {
                if (!(route.optionalBody() && (body.isEmpty() || body.equals("null")))) {
                    cases.add(Arguments.of(route.method(), route.path(), route.withToken(), body));
                }
            }
            for (String member : route.members().keySet()) {
                for (String value : VALUES) {
                    if (member.equals("clock") && value.equals("{}")) {
                        continue; // every member of a clock is optional: the default clock
                    }
                    cases.add(Arguments.of(route.method(), route.path(), route.withToken(),
                            body(route.members(), member, value)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("hostileBodies")
    void isRefusedWithAProblemAndChangesNothing(HttpMethod method, String path, boolean withToken, String body) {
        String before = state();

        EntityExchangeResult<byte[]> answer = send(method, path, withToken, body.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.getStatus().is4xxClientError()).as(answer.toString()).isTrue();
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(answer.getResponseBody(), StandardCharsets.UTF_8)).contains("\"code\":\"");
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("bytesThatAreNotUtf8")
    void bytesThatAreNotUtf8AreRefusedAndChangeNothing(byte[] body) {
        String before = state();

        for (String path : List.of("/api/players", "/api/session", "/api/games")) {
            EntityExchangeResult<byte[]> answer = send(HttpMethod.POST, path, true, body);
            assertThat(answer.getStatus().is4xxClientError()).as(path + " " + answer).isTrue();
        }
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void aHostileQueryIsRefusedWithAProblem(String query) {
        EntityExchangeResult<byte[]> answer = http.get().uri("/api/games?" + query).exchange().expectBody()
                .returnResult();

        assertThat(answer.getStatus().is4xxClientError()).as(answer.toString()).isTrue();
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static Stream<String> hostileQueries() {
        return Stream.of("limit=-1", "limit=0", "limit=99999999999999999999", "limit=1e3", "limit=abc", "limit=%00",
                "status=%00", "status=" + "x".repeat(3_000), "status=waiting%00", "limit=%ED%A0%80");
    }

    static Stream<byte[]> bytesThatAreNotUtf8() {
        return Stream.of(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '(', '"', '}'},
                new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
                new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'});
    }

    /** Players, games hosted, the game's version, and whether the player's token and password still work. */
    private String state() {
        long players = database.sql("SELECT count(*) AS n FROM players").map(row -> row.get("n", Long.class)).one()
                .block();
        int version = player.view(game.id()).version();
        int me = player.get("/api/players/me").status();
        int signIn = ApiPlayer.spectator(http).post("/api/session",
                Map.of("name", player.name(), "password", PASSWORD)).status();
        return players + " players, " + games.size() + " games, version " + version + ", me " + me
                + ", sign-in " + signIn;
    }

    private EntityExchangeResult<byte[]> send(HttpMethod method, String path, boolean withToken, byte[] body) {
        WebTestClient.RequestBodySpec request = http.method(method).uri(path).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
        if (withToken) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + player.token());
        }
        return request.bodyValue(body).exchange().expectBody().returnResult();
    }

    private static String body(Map<String, String> members, String replaced, String value) {
        StringBuilder body = new StringBuilder("{");
        members.forEach((name, valid) -> body.append(body.length() > 1 ? ", " : "").append('"').append(name)
                .append("\": ").append(name.equals(replaced) ? value : valid));
        return body.append('}').toString();
    }
}
