package io.tilecast.game.rules;

import java.util.List;

/** The referee's answer about a placement on a board: legal with its words and score, or why not. */
public sealed interface Judgement permits Judgement.Legal, Judgement.Illegal {

    /** @param words main word first, then cross words */
    record Legal(List<Word> words, int score, boolean bingo) implements Judgement {
        public Legal {
            words = List.copyOf(words);
        }
    }

    record Illegal(Rejection rejection) implements Judgement {
    }
}
