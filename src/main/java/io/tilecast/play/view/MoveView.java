package io.tilecast.play.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.game.Placement;
import io.tilecast.game.Turn;
import io.tilecast.game.Word;
import java.util.List;
import java.util.Locale;

/**
 * One turn of the history as everyone may see it: an exchange shows how many tiles, never which.
 *
 * @param count tiles exchanged (exchanges only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoveView(int version, int seat, String type, List<TileView> tiles, List<Word> words, int score,
                       Boolean bingo, Integer count) {

    /** A tile placed by a move; {@code blank} when a blank was played as {@code letter}. */
    public record TileView(int row, int col, String letter, boolean blank) {

        static TileView of(Placement p) {
            return new TileView(p.row(), p.col(), String.valueOf(p.letter()), p.blank());
        }
    }

    public static MoveView of(int version, Turn turn) {
        String type = turn.kind().name().toLowerCase(Locale.ROOT);
        return switch (turn.kind()) {
            case PLACE -> new MoveView(version, turn.seat(), type, turn.placements().stream().map(TileView::of).toList(),
                    turn.words(), turn.score(), turn.bingo(), null);
            case EXCHANGE -> new MoveView(version, turn.seat(), type, null, null, 0, null, turn.exchangedCount());
            default -> new MoveView(version, turn.seat(), type, null, null, turn.score(), null, null);
        };
    }
}
