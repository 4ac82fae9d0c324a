package io.tilecast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Finding 1: a limit is chosen by the route a request reaches, however its path is spelt. */
class ActionTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST, /api/session,                   SIGN_IN",
            "POST, /api/session;x,                 SIGN_IN",
            "POST, /api/sessio%6E,                 SIGN_IN",
            "POST, /api/players,                   REGISTER",
            "POST, /api/player%73;jsessionid=1,    REGISTER",
            "POST, /api/games,                     CREATE",
            "POST, /api/game%73,                   CREATE",
            "POST, /api/games/syd-abc/moves,       COMMAND",
            "POST, /api/games/syd-abc;x/mo%76es,   COMMAND",
            "GET,  /api/games/syd-abc/events,      STREAM",
            "GET,  /api/games/syd-abc/event%73,    STREAM",
            "GET,  /api/games,                     NONE",
    })
    void theRouteDecides(String method, String path, String expected) {
        Action action = Action.of(MockServerHttpRequest.method(HttpMethod.valueOf(method), URI.create(path)).build());

        assertThat(action == null ? "NONE" : action.name()).isEqualTo(expected);
    }
}
