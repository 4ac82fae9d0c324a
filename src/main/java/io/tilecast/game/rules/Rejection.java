package io.tilecast.game.rules;

import java.util.List;

/** A refused move: the reason, and for {@code invalid-word} the words that are not in the lexicon. */
public record Rejection(RejectionCode code, List<String> words) {

    public Rejection {
        words = List.copyOf(words);
    }

    public static Rejection of(RejectionCode code) {
        return new Rejection(code, List.of());
    }

    public static Rejection invalidWords(List<String> words) {
        return new Rejection(RejectionCode.INVALID_WORD, words);
    }
}
