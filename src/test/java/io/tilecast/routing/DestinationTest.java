package io.tilecast.routing;

import static org.assertj.core.api.Assertions.assertThat;

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
        Destination destination = Destination.of(MockServerHttpRequest.method(HttpMethod.valueOf(method), path).build());

        String actual = switch (destination) {
            case Destination.GameHost host -> "host " + host.gameId();
            case Destination.Primary primary -> "primary";
            case Destination.Anywhere anywhere -> "anywhere";
        };
        assertThat(actual).isEqualTo(expected);
    }
}
