package io.tilecast.game.lexicon;

import java.util.Arrays;
import java.util.Collection;

/**
 * The words of a lexicon as a letter tree (a trie), for finding moves: from any prefix, the letters that can follow it
 * and whether it is a word.
 */
public final class WordGraph {

    /** The bit of a node's mask that says the path to it spells a word. */
    public static final int WORD_END = 1 << 26;
    public static final int ROOT = 0;
    public static final int NONE = -1;
    private static final int LETTERS = (1 << 26) - 1;

    private final int[] masks;
    private final int[] firsts;

    private WordGraph(int[] masks, int[] firsts) {
        this.masks = masks;
        this.firsts = firsts;
    }

    /** Builds the tree of these words (uppercase A–Z; duplicates are harmless). */
    public static WordGraph of(Collection<String> words) {
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted);
        return build(sorted);
    }

    private static WordGraph build(String[] words) {
        int capacity = 1 << 16;
        int[] masks = new int[capacity];
        int[] firsts = new int[capacity];
        // A queue of (node, lo, hi, depth), one node per entry, in the order nodes are numbered.
        int[] queue = new int[capacity * 3];
        int count = 1;
        queue[0] = 0;
        queue[1] = words.length;
        queue[2] = 0;
        for (int node = 0; node < count; node++) {
            int lo = queue[node * 3];
            int hi = queue[node * 3 + 1];
            int depth = queue[node * 3 + 2];
            int mask = 0;
            while (lo < hi && words[lo].length() == depth) {
                mask |= WORD_END;
                lo++;
            }
            firsts[node] = count;
            int start = lo;
            while (start < hi) {
                char letter = words[start].charAt(depth);
                int end = start + 1;
                while (end < hi && words[end].charAt(depth) == letter) {
                    end++;
                }
                mask |= 1 << (letter - 'A');
                if (count == capacity) {
                    capacity *= 2;
                    masks = Arrays.copyOf(masks, capacity);
                    firsts = Arrays.copyOf(firsts, capacity);
                    queue = Arrays.copyOf(queue, capacity * 3);
                }
                queue[count * 3] = start;
                queue[count * 3 + 1] = end;
                queue[count * 3 + 2] = depth + 1;
                count++;
                start = end;
            }
            masks[node] = mask;
        }
        return new WordGraph(Arrays.copyOf(masks, count), Arrays.copyOf(firsts, count));
    }

    /** The node reached from {@code node} by {@code letter} (0–25), or {@link #NONE}. */
    public int next(int node, int letter) {
        int mask = masks[node];
        int bit = 1 << letter;
        if ((mask & bit) == 0) {
            return NONE;
        }
        return firsts[node] + Integer.bitCount(mask & (bit - 1));
    }

    /** The letters (bits 0–25) that can follow the path to {@code node}. */
    public int letters(int node) {
        return masks[node] & LETTERS;
    }

    public boolean isWord(int node) {
        return (masks[node] & WORD_END) != 0;
    }

    /** The node at the end of a path of board letters (any case), or {@link #NONE}. */
    public int walk(int node, CharSequence letters) {
        for (int i = 0; i < letters.length() && node != NONE; i++) {
            node = next(node, Character.toUpperCase(letters.charAt(i)) - 'A');
        }
        return node;
    }

    public int nodes() {
        return masks.length;
    }

    /** The size of the two arrays, which is all the tree holds. */
    public long bytes() {
        return 8L * masks.length;
    }
}
