package io.tilecast.game.rules;

import static io.tilecast.game.rules.Positions.EMPTY;
import static io.tilecast.game.rules.Positions.accepted;
import static io.tilecast.game.rules.Positions.across;
import static io.tilecast.game.rules.Positions.played;
import static io.tilecast.game.rules.Positions.positionWithBag;
import static io.tilecast.game.rules.Positions.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RULES.md, "Leaving a game": abort before everyone has moved, and a claim against an absent player. */
class LeavingRulesTest {

    private static final Move PASS = new Move.Pass();

    @Test
    void eitherPlayerMayAbortBeforeTheFirstTurnAndNobodyWins() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE");

        GameResult result = accepted(state.apply(1, new Move.Abort())).next().result().orElseThrow();

        assertThat(result.reason()).isEqualTo(EndReason.ABORTED);
        assertThat(result.winners()).isEmpty();
        assertThat(result.adjustments()).isEmpty();
    }

    @Test
    void aPlayerWhoHasNotMovedYetMayStillAbortAfterTheFirstPlay() {
        GameState state = played(positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE"), 0, across(7, 6, "CAT"));

        Ruling.Accepted aborted = accepted(state.apply(1, new Move.Abort()));

        assertThat(aborted.next().result().orElseThrow().reason()).isEqualTo(EndReason.ABORTED);
        assertThat(aborted.turn().kind()).isEqualTo(TurnKind.ABORT);
    }

    @Test
    void onceEverySeatHasTakenATurnItIsTooLateToAbort() {
        GameState state = played(played(positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE"), 0, PASS), 1, PASS);

        assertThat(rejected(state.apply(0, new Move.Abort())).code()).isEqualTo(RejectionCode.TOO_LATE_TO_ABORT);
    }

    @Test
    void aClaimResignsThePlayerToMoveAsAbandoned() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE");

        Ruling.Accepted claimed = accepted(state.apply(1, new Move.Claim()));

        GameResult result = claimed.next().result().orElseThrow();
        assertThat(result.reason()).isEqualTo(EndReason.ABANDONED);
        assertThat(result.winners()).containsExactly(1);
        assertThat(claimed.turn().seat()).isZero();
        assertThat(claimed.turn().kind()).isEqualTo(TurnKind.ABANDONED);
    }

    @Test
    void withFourPlayersTheGameGoesOnWithoutTheAbandonedSeat() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE", "IIIIIII", "OOOOOOO");

        GameState next = played(state, 2, new Move.Claim());

        assertThat(next.finished()).isFalse();
        assertThat(next.resigned(0)).isTrue();
        assertThat(next.toMove()).isEqualTo(1);
    }

    @Test
    void thePlayerToMoveCannotClaimAgainstThemselves() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE");

        assertThat(rejected(state.apply(0, new Move.Claim())).code()).isEqualTo(RejectionCode.OPPONENT_PRESENT);
    }
}
