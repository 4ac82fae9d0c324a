package io.tilecast.game.rules;

import java.util.List;
import java.util.Optional;

/** An applied move, as recorded in the game's history; a challenge is {@code seat}'s turn made {@code by} another. */
public record Turn(int number, int seat, TurnKind kind, List<Placement> placements, List<Word> words, int score,
                   boolean bingo, String rackBefore, String drawn, int exchangedCount, String exchanged,
                   int totalAfter, Optional<GameResult> result, int by) {

    public Turn {
        placements = List.copyOf(placements);
        words = List.copyOf(words);
    }

    public Turn(int number, int seat, TurnKind kind, List<Placement> placements, List<Word> words, int score,
                boolean bingo, String rackBefore, String drawn, int exchangedCount, String exchanged, int totalAfter,
                Optional<GameResult> result) {
        this(number, seat, kind, placements, words, score, bingo, rackBefore, drawn, exchangedCount, exchanged,
                totalAfter, result, -1);
    }

    /** Whether this challenge withdrew a phony. */
    public boolean withdrew() {
        return kind == TurnKind.CHALLENGE && !words.isEmpty();
    }

    /** The same turn without what only the mover may see. */
    public Turn publicView() {
        return new Turn(number, seat, kind, placements, words, score, bingo, "", "", exchangedCount, "", totalAfter,
                result, by);
    }

    /** The move that made this turn; for an exchange only a private view knows the letters. */
    public Move move() {
        return switch (kind) {
            case PLACE -> new Move.Place(placements);
            case EXCHANGE -> new Move.Exchange(exchanged);
            case PASS -> new Move.Pass();
            case RESIGN, TIMEOUT, ABANDONED -> new Move.Resign(); // a timeout counts as a resignation
            case CHALLENGE -> new Move.Challenge();
            case ABORT -> new Move.Abort();
        };
    }
}
