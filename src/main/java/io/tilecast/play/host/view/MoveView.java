package io.tilecast.play.host.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.Word;
import java.util.List;
import java.util.Locale;

/** One turn of the history as everyone may see it: an exchange shows how many tiles, never which. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoveView(int version, int seat, String type, List<TileView> tiles, List<Word> words, int score,
                       Boolean bingo, Integer count, String rack, Integer by, Boolean phony) {

    /** A tile placed by a move; {@code blank} when a blank was played as {@code letter}. */
    public record TileView(int row, int col, String letter, boolean blank) {

        private static final String[] LETTERS = new String[128];

        static {
            for (char c = 0; c < LETTERS.length; c++) {
                LETTERS[c] = String.valueOf(c);
            }
        }

        public static TileView of(Placement p) {
            char c = p.letter();
            return new TileView(p.row(), p.col(), c < LETTERS.length ? LETTERS[c] : String.valueOf(c), p.blank());
        }
    }

    /** The turn as shown while the game is played; give it {@link Turn#publicView()} unless to the mover. */
    public static MoveView of(int version, Turn turn) {
        String type = turn.kind().name().toLowerCase(Locale.ROOT);
        return switch (turn.kind()) {
            case PLACE -> new MoveView(version, turn.seat(), type, turn.placements().stream().map(TileView::of).toList(),
                    turn.words(), turn.score(), turn.bingo(), null, null, null, null);
            case EXCHANGE -> new MoveView(version, turn.seat(), type, null, null, 0, null, turn.exchangedCount(), null,
                    null, null);
            case CHALLENGE -> new MoveView(version, turn.seat(), type, turn.placements().stream().map(TileView::of)
                    .toList(), turn.words(), turn.score(), null, null, null, turn.by(), turn.withdrew());
            default -> new MoveView(version, turn.seat(), type, null, null, turn.score(), null, null, null, null, null);
        };
    }

    /** The turn of a finished game, with the rack the mover held. */
    public static MoveView ofFinished(int version, Turn turn) {
        MoveView shown = of(version, turn.publicView());
        return new MoveView(shown.version, shown.seat, shown.type, shown.tiles, shown.words, shown.score, shown.bingo,
                shown.count, turn.rackBefore(), shown.by, shown.phony);
    }
}
