package io.tilecast.game.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A compact open-addressing hash set of words: letters packed into one byte array, so a look-up touches a few cache
 * lines and allocates nothing.
 */
public final class WordList implements Lexicon {

    private static final int MAX_LENGTH = 15;

    private final String name;
    private final byte[] letters;
    private final int[] starts;
    private final int[] slots;
    private int size;
    private volatile WordGraph graph;

    private WordList(String name, byte[] letters, int[] starts, int count) {
        this.name = name;
        this.letters = letters;
        this.starts = starts;
        this.slots = new int[Integer.highestOneBit(Math.max(count, 1) * 2) * 2];
        Arrays.fill(slots, -1);
        for (int i = 0; i < count; i++) {
            insert(i);
        }
    }

    static WordList read(String name, InputStream in) throws IOException {
        Builder builder = new Builder();
        byte[] buffer = new byte[1 << 16];
        byte[] word = new byte[MAX_LENGTH + 1];
        int length = 0;
        boolean valid = true;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                int c = buffer[i];
                if (c == '\n' || c == '\r') {
                    if (valid) {
                        builder.add(word, length);
                    }
                    length = 0;
                    valid = true;
                } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    if (length < MAX_LENGTH + 1) {
                        word[length++] = (byte) (c & ~0x20);
                    } else {
                        valid = false;
                    }
                } else if (c != ' ' && c != '\t') {
                    valid = false;
                }
            }
        }
        if (valid) {
            builder.add(word, length);
        }
        return builder.build(name);
    }

    static WordList of(String name, Collection<String> words) {
        Builder builder = new Builder();
        for (String w : words) {
            String upper = w.strip().toUpperCase(Locale.ROOT);
            if (upper.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                builder.add(upper.getBytes(StandardCharsets.US_ASCII), upper.length());
            }
        }
        return builder.build(name);
    }

    @Override
    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    @Override
    public boolean contains(CharSequence word) {
        int length = word.length();
        if (length < 2 || length > MAX_LENGTH) {
            return false;
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
            hash = hash * 31 + c;
        }
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int index = slots[slot];
            if (index < 0) {
                return false;
            }
            if (matches(index, word, length)) {
                return true;
            }
        }
    }

    @Override
    public String toString() {
        return "Lexicon[" + name + ", " + size + " words]";
    }

    /** The same words as a letter tree, for finding moves: built on first use, then kept with the list. */
    public WordGraph graph() {
        WordGraph built = graph;
        if (built == null) {
            synchronized (this) {
                built = graph;
                if (built == null) {
                    built = WordGraph.of(words());
                    graph = built;
                }
            }
        }
        return built;
    }

    public List<String> words() {
        List<String> words = new ArrayList<>(starts.length - 1);
        for (int i = 0; i + 1 < starts.length; i++) {
            words.add(new String(letters, starts[i], starts[i + 1] - starts[i], StandardCharsets.US_ASCII));
        }
        return words;
    }

    private boolean matches(int index, CharSequence word, int length) {
        int start = starts[index];
        if (starts[index + 1] - start != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (letters[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void insert(int index) {
        int hash = 0;
        for (int i = starts[index]; i < starts[index + 1]; i++) {
            hash = hash * 31 + letters[i];
        }
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        while (slots[slot] >= 0) {
            if (sameWord(slots[slot], index)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = index;
        size++;
    }

    private boolean sameWord(int a, int b) {
        return Arrays.equals(letters, starts[a], starts[a + 1], letters, starts[b], starts[b + 1]);
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static final class Builder {
        private byte[] letters = new byte[1 << 20];
        private int[] starts = new int[1 << 16];
        private int count;
        private int end;

        void add(byte[] word, int length) {
            if (length < 2 || length > MAX_LENGTH) {
                return;
            }
            if (end + length > letters.length) {
                letters = Arrays.copyOf(letters, letters.length * 2);
            }
            if (count + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            System.arraycopy(word, 0, letters, end, length);
            starts[count++] = end;
            end += length;
        }

        WordList build(String name) {
            starts[count] = end;
            return new WordList(name, Arrays.copyOf(letters, end), Arrays.copyOf(starts, count + 1), count);
        }
    }
}
