package io.tilecast.play.host.view;

import io.tilecast.game.rules.Word;
import java.util.List;

/**
 * A finished game reviewed turn by turn: what each player played, the best-scoring play and the play of highest
 * equity they had, and each player's equity lost and missed bingos; {@code format} tells this shape from older ones.
 */
public record AnalysisView(List<TurnReview> moves, int format, List<PlayerSummary> players) {

    public static final int FORMAT = 2;

    /** @param rack the mover's rack before the turn; {@code equityLost} is null where {@code played.equity} is */
    public record TurnReview(int version, int seat, String type, String rack, Played played, Best best, Top top,
                             Double equityLost) {
    }

    /** @param phony whether a word of the play is not in the lexicon; {@code equity} null for a turn that is no move */
    public record Played(List<Word> words, int score, boolean phony, Double equity, String leave) {
    }

    /** @param position where its main word starts, as in GCG ("8D" across, "D8" down) */
    public record Best(List<MoveView.TileView> tiles, List<Word> words, int score, String position) {
    }

    /** The move of highest equity: a {@code place} (tiles, words, position) or an {@code exchange} of {@code exchanged}. */
    public record Top(String type, List<MoveView.TileView> tiles, List<Word> words, int score, String position,
                      String exchanged, String leave, double equity, boolean bingo) {
    }

    /** @param missedBingos turns where a bingo was there and the player made none */
    public record PlayerSummary(int seat, double equityLost, int missedBingos) {
    }
}
