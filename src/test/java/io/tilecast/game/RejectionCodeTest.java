package io.tilecast.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The codes are the API's contract with clients (API.md): exactly these strings. */
class RejectionCodeTest {

    @Test
    void codesAreTheKebabCaseStringsOfTheApi() {
        assertThat(Arrays.stream(RejectionCode.values()).map(RejectionCode::code)).containsExactlyInAnyOrder(
                "not-your-turn", "game-not-active", "off-board", "occupied", "not-in-line", "gap", "not-connected",
                "first-move-center", "too-few-tiles", "not-in-rack", "invalid-word", "bag-too-small", "bad-move");
        assertThat(Arrays.stream(EndReason.values()).map(EndReason::code))
                .containsExactly("out", "scoreless", "resigned", "timeout");
    }
}
