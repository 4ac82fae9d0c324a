package io.tilecast.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class DestinationTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST,   /api/games/syd-abc/moves,  host syd-abc",
            "POST,   /api/games/syd-abc/join,   host syd-abc",
            "POST,   /api/games/syd-abc/start,  host syd-abc",
            "DELETE, /api/games/syd-abc,        host syd-abc",
            "GET,    /api/games/syd-abc/events, host syd-abc",
            "GET,    /api/games/syd-abc,        anywhere",
            "GET,    /api/games/syd-abc/gcg,    anywhere",
            "HEAD,   /api/games/syd-abc/events, anywhere",
            "OPTIONS,/api/games/syd-abc/moves,  anywhere",
            "GET,    /api/games,                anywhere",
            "POST,   /api/games,                anywhere",
            "GET,    /api/players/abc,          anywhere",
            "POST,   /api/players,              primary",
            "PUT,    /api/players/abc,          primary",
            "POST,   /api/anything-else,        primary",
            "POST,   /actuator/anything,        anywhere",
            "GET,    /actuator/health,          anywhere",
    })
    void requestsGoWhereTheyMustBeServed(String method, String path, String expected) {
        assertThat(destination(method, path)).isEqualTo(expected);
    }

    /** The route decides, as it decides which controller answers; CanonicalPaths refuses these anyway. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST, /api/game%73,                 anywhere",
            "POST, /api/games;x,                 anywhere",
            "POST, /%61pi/players,               primary",
            "POST, /api/games/syd-abc;x/moves,   host syd-abc",
            "GET,  /api/games/syd-abc/event%73,  host syd-abc",
    })
    void theSpellingOfAPathDoesNotChangeWhereItGoes(String method, String path, String expected) {
        assertThat(destination(method, path)).isEqualTo(expected);
    }

    private static String destination(String method, String path) {
        var request = MockServerHttpRequest.method(HttpMethod.valueOf(method), URI.create(path)).build();
        return switch (Destination.of(request)) {
            case Destination.Host host -> "host " + host.gameId();
            case Destination.Primary primary -> "primary";
            case Destination.Anywhere anywhere -> "anywhere";
        };
    }
}
