package io.tilecast.game.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The codes are the API's contract with clients (API.md): exactly these strings. */
class RejectionCodeTest {

    @Test
    void codesAreTheKebabCaseStringsOfTheApi() {
        assertThat(Arrays.stream(RejectionCode.values()).map(RejectionCode::code)).containsExactlyInAnyOrder(
                "not-your-turn", "game-not-active", "off-board", "occupied", "not-in-line", "gap", "not-connected",
                "first-move-center", "too-few-tiles", "not-in-rack", "invalid-word", "bag-too-small", "bad-move",
                "game-full", "already-seated", "game-started", "not-enough-players", "too-many-waiting-games",
                "stale-version", "not-seated", "not-creator", "journal-full", "host-unavailable",
                "nothing-to-challenge", "final-pass-expected", "invalid-challenge",
                "too-late-to-abort", "opponent-present", "cannot-nudge", "nudge-too-soon",
                "invalid-gcg", "gcg-scores-disagree", "invalid-turn", "game-not-finished", "invalid-chat",
                "game-not-active");
        assertThat(Arrays.stream(EndReason.values()).map(EndReason::code))
                .containsExactly("out", "scoreless", "resigned", "timeout", "aborted", "abandoned", "unfinished");
    }

    @Test
    void everyReasonHasAClientErrorOrAServiceUnavailableStatus() {
        assertThat(Arrays.stream(RejectionCode.values()).map(RejectionCode::status))
                .allMatch(status -> status == 400 || status == 403 || status == 409 || status == 422 || status == 503);
        assertThat(Arrays.stream(RejectionCode.values()).map(RejectionCode::detail)).allMatch(d -> !d.isBlank());
    }
}
