package io.tilecast.play.host.view;

import io.tilecast.game.rules.Word;
import java.util.List;

/** A finished game reviewed turn by turn: what each player played, and the best-scoring play they had. */
public record AnalysisView(List<TurnReview> moves) {

    /** @param rack the mover's rack before the turn */
    public record TurnReview(int version, int seat, String type, String rack, Played played, Best best) {
    }

    /** @param phony whether a word of the play is not in the lexicon */
    public record Played(List<Word> words, int score, boolean phony) {
    }

    /** @param position where its main word starts, as in GCG ("8D" across, "D8" down) */
    public record Best(List<MoveView.TileView> tiles, List<Word> words, int score, String position) {
    }
}
