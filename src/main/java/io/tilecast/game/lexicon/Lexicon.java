package io.tilecast.game.lexicon;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.zip.GZIPInputStream;

/** The words a game accepts: uppercase A–Z, 2 to 15 letters. */
public interface Lexicon {

    String name();

    boolean contains(CharSequence word);

    static Lexicon load(String name, InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(2);
            int first = buffered.read();
            int second = buffered.read();
            buffered.reset();
            boolean gzip = first == 0x1f && second == 0x8b;
            InputStream text = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            return WordList.read(name, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }

    static Lexicon of(String name, Collection<String> words) {
        return WordList.of(name, words);
    }

    static Lexicon anyWord() {
        return AnyWord.INSTANCE;
    }

    static Lexicon english() {
        return EnglishWords.LEXICON;
    }
}
