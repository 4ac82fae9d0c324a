package io.tilecast.game.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES.md, "Board" and "Tiles". */
class BoardTest {

    @Test
    void premiumSquaresFollowTheStandardLayout() {
        assertThat(Board.premium(7, 7)).isEqualTo(Premium.DOUBLE_WORD);
        assertThat(Board.premium(0, 0)).isEqualTo(Premium.TRIPLE_WORD);
        assertThat(Board.premium(0, 7)).isEqualTo(Premium.TRIPLE_WORD);
        assertThat(Board.premium(1, 5)).isEqualTo(Premium.TRIPLE_LETTER);
        assertThat(Board.premium(0, 3)).isEqualTo(Premium.DOUBLE_LETTER);
        assertThat(Board.premium(4, 4)).isEqualTo(Premium.DOUBLE_WORD);
        assertThat(Board.premium(7, 8)).isEqualTo(Premium.NONE);
        int[] counts = new int[Premium.values().length];
        for (int row = 0; row < 15; row++) {
            for (int col = 0; col < 15; col++) {
                counts[Board.premium(row, col).ordinal()]++;
                assertThat(Board.premium(row, col)).isEqualTo(Board.premium(col, row))
                        .isEqualTo(Board.premium(14 - row, col));
            }
        }
        assertThat(counts).containsExactly(164, 24, 12, 17, 8);
    }

    @Test
    void theTileSetHasOneHundredTilesWorthOneHundredAndEightySeven() {
        assertThat(TileSet.all()).hasSize(100);
        assertThat(TileSet.points(TileSet.all())).isEqualTo(187);
        assertThat(TileSet.points('Q')).isEqualTo(10);
        assertThat(TileSet.points('?')).isZero();
    }

    @Test
    void rowsAreTheBoardStringsOfTheApi() {
        Board board = Board.empty().with(List.of(Placement.tile(7, 7, 'C'), Placement.blank(7, 8, 'A')));

        assertThat(board.rows().get(7)).isEqualTo(".......Ca......");
        assertThat(board.rows().get(7).charAt(8)).isEqualTo('a');
        assertThat(Board.of(board.rows())).isEqualTo(board);
        assertThat(board.tileCount()).isEqualTo(2);
    }

    @Test
    void aPlayKeepsTheRowsItDidNotTouch() {
        Board before = Board.empty().with(List.of(Placement.tile(7, 7, 'C'), Placement.tile(7, 8, 'A')));
        List<String> shown = before.rows();
        Board after = before.with(List.of(Placement.tile(8, 7, 'O'), Placement.tile(9, 7, 'W')));

        List<String> rows = after.rows();

        assertThat(rows).isEqualTo(Board.of(rows).rows());
        assertThat(rows.get(7)).isSameAs(shown.get(7));
        assertThat(rows.get(8)).isEqualTo(".......O.......").isNotSameAs(shown.get(8));
        assertThat(rows.get(9)).isEqualTo(".......W.......");
        for (int row : new int[] {0, 6, 10, 14}) {
            assertThat(rows.get(row)).isSameAs(shown.get(row));
        }
        assertThat(after.rows()).isSameAs(rows);
    }

    @Test
    void aBoardWhosePredecessorWasNeverShownMakesEveryRow() {
        Board unseen = Board.of(Board.empty().rows()).with(List.of(Placement.tile(7, 7, 'C')));

        Board after = unseen.with(List.of(Placement.tile(7, 8, 'A')));

        assertThat(after.rows().get(7)).isEqualTo(".......CA......");
        assertThat(after.rows().get(0)).isEqualTo("...............");
    }

    @Test
    void aBoardIsFifteenByFifteen() {
        assertThatIllegalArgumentException().isThrownBy(() -> Board.of("..."));
    }

    @Test
    void theSameSeedShufflesTheSameBag() {
        assertThat(Bag.shuffled(7)).isEqualTo(Bag.shuffled(7));
        assertThat(Bag.shuffled(7)).isNotEqualTo(Bag.shuffled(8));
        assertThat(Bag.shuffled(7).toString()).doesNotContain("A");
    }
}
