package io.tilecast.game.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Holds the default lexicon, read from the classpath the first time it is asked for. */
final class EnglishWords {

    static final String NAME = "english";
    static final Lexicon LEXICON = read();

    private EnglishWords() {
    }

    private static Lexicon read() {
        try (InputStream in = EnglishWords.class.getResourceAsStream("/lexicon/english.txt.gz")) {
            if (in == null) {
                throw new IllegalStateException("lexicon/english.txt.gz is missing from the classpath");
            }
            return Lexicon.load(NAME, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
