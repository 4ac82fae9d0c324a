package io.tilecast.game.rules;

import static io.tilecast.game.rules.Positions.EMPTY;
import static io.tilecast.game.rules.Positions.accepted;
import static io.tilecast.game.rules.Positions.across;
import static io.tilecast.game.rules.Positions.down;
import static io.tilecast.game.rules.Positions.position;
import static io.tilecast.game.rules.Positions.positionWithBag;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RULES.md, "Score": one test per sentence. */
class ScoringRulesTest {

    @Test
    void firstWordOnTheCentreIsDoubled() {
        Turn turn = accepted(position(EMPTY, "CATXYZE", "EEEEEEE").apply(0, across(7, 6, "CAT"))).turn();

        assertThat(turn.words()).containsExactly(new Word("CAT", 10));
        assertThat(turn.score()).isEqualTo(10);
    }

    @Test
    void bingoAddsFifty() {
        Turn turn = accepted(position(EMPTY, "AEINRST", "EEEEEEE").apply(0, across(7, 3, "NASTIER"))).turn();

        // N on a double letter: (2 + 6) doubled by the centre = 16, plus 50.
        assertThat(turn.words()).containsExactly(new Word("NASTIER", 16));
        assertThat(turn.bingo()).isTrue();
        assertThat(turn.score()).isEqualTo(66);
    }

    @Test
    void premiumUnderAnOldTileDoesNotCountAgain() {
        Turn turn = accepted(position(Positions.CAT, "SXYZEEE", "EEEEEEE").apply(0, across(7, 9, "S"))).turn();

        // CAT covers the centre, but it was covered in an earlier turn: 3 + 1 + 1 + 1.
        assertThat(turn.words()).containsExactly(new Word("CATS", 6));
    }

    @Test
    void singleTileThatFormsTwoWordsScoresBoth() {
        String[] board = {
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "......CAT......",
                ".........O.....",
                ".........N.....",
                "...............",
                "...............",
                "...............",
                "...............",
                "..............."};
        Turn turn = accepted(position(board, "SXYZEEE", "EEEEEEE").apply(0, across(7, 9, "S"))).turn();

        assertThat(turn.words()).containsExactly(new Word("CATS", 6), new Word("SON", 3));
        assertThat(turn.score()).isEqualTo(9);
    }

    @Test
    void twoDoubleWordSquaresMultiplyByFour() {
        String[] board = {
                "...............",
                "...............",
                "...............",
                "...............",
                ".......N.......",
                ".......O.......",
                ".......T.......",
                ".......E.......",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "..............."};
        Turn turn = accepted(position(board, "PLAETSX", "EEEEEEE").apply(0, across(4, 4, "PLA.ETS"))).turn();

        // P and S sit on the double-word squares at 5E and 5K: (3 + 6 × 1) × 2 × 2.
        assertThat(turn.words()).containsExactly(new Word("PLANETS", 36));
        assertThat(turn.bingo()).isFalse();
    }

    @Test
    void blankOnTripleLetterScoresZero() {
        String[] board = {
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                ".....CAT.......",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "..............."};
        Ruling.Accepted played = accepted(position(board, "?RXYZEE", "EEEEEEE").apply(0, down(5, 5, "aR.")));

        // The blank A on the triple letter at 6F: 0 × 3 + R 1 + C 3.
        assertThat(played.turn().words()).containsExactly(new Word("ARC", 4));
        assertThat(played.next().board().rows().get(5)).isEqualTo(".....a.........");
    }

    @Test
    void letterPremiumCountsInEveryWordThroughTheNewTile() {
        String[] board = {
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                ".......Q.......",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "..............."};
        // I on the double letter at 9H makes QI down; Q's square was covered before.
        Turn turn = accepted(position(board, "IXYZEEE", "EEEEEEE").apply(0, down(8, 7, "I"))).turn();

        assertThat(turn.words()).containsExactly(new Word("QI", 11));
    }

    @Test
    void tripleWordTriplesTheWholeWord() {
        String[] board = {
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...........CAT.",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "...............",
                "..............."};
        Turn turn = accepted(position(board, "SYEEEEE", "EEEEEEE").apply(0, across(7, 14, "S"))).turn();

        // S on the triple word at 8O; C sits on an old double letter: (3 + 1 + 1 + 1) × 3.
        assertThat(turn.words()).containsExactly(new Word("CATS", 18));
    }

    @Test
    void rackIsRefilledFromTheBagAfterAPlay() {
        Ruling.Accepted played = accepted(positionWithBag(EMPTY, "QRSTUV", "CATXYZE", "EEEEEEE")
                .apply(0, across(7, 6, "CAT")));

        assertThat(played.turn().drawn()).isEqualTo("QRS");
        assertThat(played.next().rack(0)).isEqualTo(Rack.of("XYZEQRS"));
        assertThat(played.next().bagSize()).isEqualTo(3);
    }
}
