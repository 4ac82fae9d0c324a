package io.tilecast.game.rules;

import static io.tilecast.game.rules.Positions.EMPTY;
import static io.tilecast.game.rules.Positions.across;
import static io.tilecast.game.rules.Positions.down;
import static io.tilecast.game.rules.Positions.position;
import static io.tilecast.game.rules.Positions.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES.md, "A turn" / "Place": where tiles may go, and the code each refusal carries. */
class PlacementRulesTest {

    private final GameState opening = position(EMPTY, "CATSXYZ", "EEEEEEE");
    private final GameState afterCat = position(Positions.CAT, "SONXYZE", "EEEEEEE");

    @Test
    void firstMoveMustCoverTheCentre() {
        Rejection rejection = rejected(opening.apply(0, across(3, 3, "CAT")));

        assertThat(rejection.code()).isEqualTo(RejectionCode.FIRST_MOVE_CENTER);
        assertThat(rejection.code().code()).isEqualTo("first-move-center");
    }

    @Test
    void firstMoveNeedsTwoTiles() {
        assertThat(rejected(opening.apply(0, across(7, 7, "C"))).code()).isEqualTo(RejectionCode.TOO_FEW_TILES);
    }

    @Test
    void tilesMustBeOnTheBoard() {
        assertThat(rejected(afterCat.apply(0, across(7, 14, "SO"))).code()).isEqualTo(RejectionCode.OFF_BOARD);
    }

    @Test
    void tilesGoOnEmptySquaresOnly() {
        assertThat(rejected(afterCat.apply(0, across(7, 8, "S"))).code()).isEqualTo(RejectionCode.OCCUPIED);
    }

    @Test
    void tilesLieInOneRowOrOneColumn() {
        Move.Place diagonal = Move.Place.of(Placement.tile(8, 6, 'S'), Placement.tile(9, 7, 'O'));

        assertThat(rejected(afterCat.apply(0, diagonal)).code()).isEqualTo(RejectionCode.NOT_IN_LINE);
    }

    @Test
    void noEmptySquareBetweenTheFirstAndLastTile() {
        Move.Place gapped = Move.Place.of(Placement.tile(8, 8, 'O'), Placement.tile(10, 8, 'N'));

        assertThat(rejected(afterCat.apply(0, gapped)).code()).isEqualTo(RejectionCode.GAP);
    }

    @Test
    void tilesAlreadyOnTheBoardCloseTheGap() {
        // S at 8F and S at 8J with CAT between them: one unbroken line, SCATS.
        Move.Place through = Move.Place.of(Placement.tile(7, 5, 'S'), Placement.tile(7, 9, 'S'));
        GameState state = position(Positions.CAT, "SSXYZEE", "EEEEEEE");

        assertThat(Positions.accepted(state.apply(0, through)).turn().words())
                .containsExactly(new Word("SCATS", 7));
    }

    @Test
    void laterPlaysTouchATileAlreadyThere() {
        assertThat(rejected(afterCat.apply(0, across(2, 2, "SON"))).code()).isEqualTo(RejectionCode.NOT_CONNECTED);
    }

    @Test
    void tilesComeFromTheRack() {
        assertThat(rejected(afterCat.apply(0, down(8, 8, "OQ"))).code()).isEqualTo(RejectionCode.NOT_IN_RACK);
    }

    @Test
    void aBlankIsPlayedOnlyFromABlankOnTheRack() {
        assertThat(rejected(afterCat.apply(0, down(8, 8, "o"))).code()).isEqualTo(RejectionCode.NOT_IN_RACK);
    }

    @Test
    void everyWordFormedMustBeInTheLexicon() {
        Rejection rejection = rejected(afterCat.apply(0, across(7, 9, "X")));

        assertThat(rejection.code()).isEqualTo(RejectionCode.INVALID_WORD);
        assertThat(rejection.words()).containsExactly("CATX");
    }

    @Test
    void everyInvalidWordIsNamed() {
        Rejection rejection = rejected(afterCat.apply(0, across(8, 7, "XZ")));

        // XZ across, AX down is fine, TZ down is not.
        assertThat(rejection.code()).isEqualTo(RejectionCode.INVALID_WORD);
        assertThat(rejection.words()).containsExactly("XZ", "TZ");
    }

    @Test
    void aRejectedPlayChangesNothing() {
        Ruling outcome = afterCat.apply(0, across(8, 7, "XZ"));

        assertThat(outcome).isInstanceOf(Ruling.Rejected.class);
        assertThat(afterCat).isEqualTo(position(Positions.CAT, "SONXYZE", "EEEEEEE"));
    }

    @Test
    void malformedPlacesAreBadMoves() {
        assertThat(rejected(afterCat.apply(0, new Move.Place(List.of()))).code()).isEqualTo(RejectionCode.BAD_MOVE);
        assertThat(rejected(afterCat.apply(0, Move.Place.of(Placement.tile(8, 8, 'o')))).code())
                .isEqualTo(RejectionCode.BAD_MOVE);
        assertThat(rejected(afterCat.apply(0, Move.Place.of(Placement.tile(8, 8, 'S'), Placement.tile(8, 8, 'O'))))
                .code()).isEqualTo(RejectionCode.BAD_MOVE);
        assertThat(rejected(afterCat.apply(7, new Move.Pass())).code()).isEqualTo(RejectionCode.BAD_MOVE);
        assertThat(rejected(afterCat.apply(0, null)).code()).isEqualTo(RejectionCode.BAD_MOVE);
    }

    @Test
    void onlyTheSeatToMoveMayPlay() {
        assertThat(rejected(afterCat.apply(1, new Move.Pass())).code()).isEqualTo(RejectionCode.NOT_YOUR_TURN);
    }

    @Test
    void turnAndGameChecksComeBeforeTheBoard() {
        // Off the board and out of turn: the turn is the reason given.
        assertThat(rejected(afterCat.apply(1, across(7, 14, "SO"))).code()).isEqualTo(RejectionCode.NOT_YOUR_TURN);
        // Not in the rack and not connected: the board is judged before the rack.
        assertThat(rejected(afterCat.apply(0, across(2, 2, "QQ"))).code()).isEqualTo(RejectionCode.NOT_CONNECTED);
        // Not in the rack and not a word: the rack is judged before the words.
        assertThat(rejected(afterCat.apply(0, across(8, 7, "QQ"))).code()).isEqualTo(RejectionCode.NOT_IN_RACK);
    }
}
