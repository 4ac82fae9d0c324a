package io.tilecast.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/games", "/api/games/syd-4fK2-Q9xT_mB1cZ8.148ed726c52389/moves",
            "/js/game.js", "/api/players/ab%20cd", "/api/leaderboard/english%3Ablitz", "/api/a%25b", "/api/%C3%A9"})
    void plainPathsPass(String path) {
        assertThat(CanonicalPaths.flaw(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/session;x", "/api/sessio%6E", "/%61pi/players", "/api/games%2Fx", "/api/x%2fy",
            "/api/%2E%2E/x", "/api/%7E", "/api/%5Cx", "/api/games/%00", "/api/x%1F", "/api/x%7F", "/api/x%zz",
            "/api/x%4", "/api/x%", "//api/games", "/api//games", "/api/games/", "/./api", "/api/..", "/api/../x",
            "/api\\x", "/api/\u0000", "/api/\u00e9", "/api/a b", "api/games", ""})
    void anyOtherSpellingIsRefused(String path) {
        assertThat(CanonicalPaths.flaw(path)).isPresent();
    }
}
