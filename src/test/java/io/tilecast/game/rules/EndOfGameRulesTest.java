package io.tilecast.game.rules;

import static io.tilecast.game.rules.Positions.EMPTY;
import static io.tilecast.game.rules.Positions.accepted;
import static io.tilecast.game.rules.Positions.across;
import static io.tilecast.game.rules.Positions.played;
import static io.tilecast.game.rules.Positions.positionWithBag;
import static io.tilecast.game.rules.Positions.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES.md, "Exchange", "Pass" and "End of game". */
class EndOfGameRulesTest {

    private static final Move PASS = new Move.Pass();

    @Test
    void exchangeReturnsTilesAndDrawsAsMany() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "QQVVWWX", "EEEEEEE");
        Ruling.Accepted exchanged = accepted(state.apply(0, new Move.Exchange("QVW")));

        assertThat(exchanged.next().rack(0).size()).isEqualTo(7);
        assertThat(exchanged.next().bagSize()).isEqualTo(8);
        assertThat(exchanged.turn().drawn()).isEqualTo("ABC");
        assertThat(exchanged.turn().exchangedCount()).isEqualTo(3);
        assertThat(exchanged.turn().score()).isZero();
        assertThat(exchanged.next().scorelessTurns()).isEqualTo(1);
    }

    @Test
    void exchangeRefusedWithSixInTheBag() {
        GameState state = positionWithBag(EMPTY, "ABCDEF", "QQVVWWX", "EEEEEEE");

        assertThat(rejected(state.apply(0, new Move.Exchange("Q"))).code()).isEqualTo(RejectionCode.BAG_TOO_SMALL);
    }

    @Test
    void exchangeOnlyTilesOnTheRackInAllowedNumbers() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "QQVVWW?", "EEEEEEE");

        assertThat(rejected(state.apply(0, new Move.Exchange("QQQ"))).code()).isEqualTo(RejectionCode.NOT_IN_RACK);
        assertThat(rejected(state.apply(0, new Move.Exchange(""))).code()).isEqualTo(RejectionCode.BAD_MOVE);
        assertThat(rejected(state.apply(0, new Move.Exchange("QQVVWW?A"))).code()).isEqualTo(RejectionCode.BAD_MOVE);
        assertThat(rejected(state.apply(0, new Move.Exchange("q1"))).code()).isEqualTo(RejectionCode.BAD_MOVE);
        assertThat(accepted(state.apply(0, new Move.Exchange("?"))).turn().exchanged()).isEqualTo("?");
    }

    @Test
    void sixScorelessTurnsEndATwoPlayerGame() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "QQVVWWX", "EEEEEEE");
        for (int turn = 0; turn < 5; turn++) {
            state = played(state, turn % 2, turn == 2 ? new Move.Exchange("X") : PASS);
        }
        assertThat(state.finished()).isFalse();

        GameState over = played(state, 1, PASS);

        GameResult result = over.result().orElseThrow();
        assertThat(result.reason()).isEqualTo(EndReason.SCORELESS);
        assertThat(result.adjustments()).extracting(RackAdjustment::points).containsExactly(
                -over.rack(0).points(), -7);
        assertThat(result.finalScores()).containsExactly(-over.rack(0).points(), -7);
        assertThat(result.winners()).containsExactly(1);
    }

    @Test
    void ninePassesEndAThreePlayerGameAndEveryoneLosesTheirRack() {
        GameState state = positionWithBag(EMPTY, "", "QA", "EE", "ZZ?");
        for (int turn = 0; turn < 8; turn++) {
            state = played(state, turn % 3, PASS);
        }
        assertThat(state.finished()).isFalse();

        GameResult result = played(state, 2, PASS).result().orElseThrow();

        assertThat(result.reason().code()).isEqualTo("scoreless");
        assertThat(result.finalScores()).containsExactly(-11, -2, -20);
        assertThat(result.winners()).containsExactly(1);
    }

    @Test
    void aZeroPointPlayIsAScorelessTurn() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "??XYZEE", "EEEEEEE");

        GameState next = played(state, 0, across(7, 7, "at"));

        assertThat(next.scorelessTurns()).isEqualTo(1);
        assertThat(next.turns().getLast().words()).containsExactly(new Word("AT", 0));
    }

    @Test
    void goingOutInATwoPlayerGameGainsTwiceTheOpponentsRack() {
        GameState state = positionWithBag(Positions.CAT, "", "S", "QZE");

        Ruling.Accepted out = accepted(state.apply(0, across(7, 9, "S")));

        GameResult result = out.turn().result().orElseThrow();
        assertThat(result.reason()).isEqualTo(EndReason.OUT);
        assertThat(result.adjustments()).containsExactly(
                new RackAdjustment(0, "", 42), new RackAdjustment(1, "EQZ", 0));
        assertThat(result.finalScores()).containsExactly(6 + 42, 0);
        assertThat(out.next().score(0)).isEqualTo(48);
        assertThat(out.next().finished()).isTrue();
    }

    @Test
    void goingOutWithThreePlayersTakesTheOtherRacksFromTheirOwners() {
        GameState state = positionWithBag(Positions.CAT, "", "S", "QZE", "AB");

        GameResult result = accepted(state.apply(0, across(7, 9, "S"))).turn().result().orElseThrow();

        assertThat(result.adjustments()).containsExactly(
                new RackAdjustment(0, "", 25), new RackAdjustment(1, "EQZ", -21), new RackAdjustment(2, "AB", -4));
        assertThat(result.finalScores()).containsExactly(31, -21, -4);
        assertThat(result.winners()).containsExactly(0);
    }

    @Test
    void goingOutWithFourPlayersTakesTheOtherRacksFromTheirOwners() {
        GameState state = positionWithBag(Positions.CAT, "", "S", "QZE", "AB", "K");

        GameResult result = accepted(state.apply(0, across(7, 9, "S"))).turn().result().orElseThrow();

        assertThat(result.finalScores()).containsExactly(6 + 21 + 4 + 5, -21, -4, -5);
    }

    @Test
    void noOneGoesOutWhileTheBagHoldsTiles() {
        GameState state = positionWithBag(Positions.CAT, "E", "S", "QZE");

        assertThat(played(state, 0, across(7, 9, "S")).finished()).isFalse();
    }

    @Test
    void resigningEndsATwoPlayerGameAndTheResignerLoses() {
        GameState state = played(positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE"), 0, across(7, 6, "CAT"));

        Ruling.Accepted resigned = accepted(state.apply(0, new Move.Resign()));

        GameResult result = resigned.next().result().orElseThrow();
        assertThat(result.reason().code()).isEqualTo("resigned");
        assertThat(result.winners()).containsExactly(1);
        assertThat(result.finalScores()).containsExactly(10, 0);
        assertThat(rejected(resigned.next().apply(1, PASS)).code()).isEqualTo(RejectionCode.GAME_NOT_ACTIVE);
    }

    @Test
    void inAThreePlayerGamePlayContinuesWithoutTheResigner() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE", "IIIIIII");

        GameState next = played(state, 0, new Move.Resign());

        assertThat(next.finished()).isFalse();
        assertThat(next.resigned(0)).isTrue();
        assertThat(next.toMove()).isEqualTo(1);
        next = played(next, 1, PASS);
        next = played(next, 2, PASS);
        assertThat(next.toMove()).isEqualTo(1);
        assertThat(rejected(next.apply(0, PASS)).code()).isEqualTo(RejectionCode.NOT_YOUR_TURN);
    }

    @Test
    void theLastPlayerLeftWinsWhenTheOthersResign() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE", "IIIIIII");

        GameState over = played(played(state, 2, new Move.Resign()), 0, new Move.Resign());

        assertThat(over.result().orElseThrow().winners()).containsExactly(1);
        assertThat(over.result().orElseThrow().reason()).isEqualTo(EndReason.RESIGNED);
    }

    @Test
    void equalFinalScoresAreATie() {
        GameState state = positionWithBag(EMPTY, "", "E", "A");
        for (int turn = 0; turn < 6; turn++) {
            state = played(state, turn % 2, PASS);
        }
        assertThat(state.result().orElseThrow().winners()).isEqualTo(List.of(0, 1));
        assertThat(state.result().orElseThrow().isTie()).isTrue();
    }
}
