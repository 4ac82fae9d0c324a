package io.tilecast.game.search;

import io.tilecast.game.lexicon.WordGraph;
import java.util.Arrays;

/**
 * Every left part a rack can make: a start of a word spelled with rack tiles alone (a blank standing for any letter),
 * as played on the free squares before an anchor.
 */
final class LeftParts {

    private static final int BLANK = 26;

    private final WordGraph graph;
    private final int most;
    private int count;
    private int[] nodes = new int[256];
    private int[] lengths = new int[256];
    private long[] tiles = new long[256];
    private int[] follows = new int[256];
    private final int[] bucketStart;
    private final int[] byBucket;

    LeftParts(WordGraph graph, int[] rack, int most) {
        this.graph = graph;
        this.most = Math.max(0, most);
        grow(WordGraph.ROOT, 0, 0L, rack);
        int buckets = 26 * (this.most + 1);
        bucketStart = new int[buckets + 1];
        for (int e = 0; e < count; e++) {
            for (int letters = follows[e]; letters != 0; letters &= letters - 1) {
                bucketStart[bucket(Integer.numberOfTrailingZeros(letters), lengths[e]) + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        byBucket = new int[bucketStart[buckets]];
        int[] fill = Arrays.copyOf(bucketStart, buckets);
        for (int e = 0; e < count; e++) {
            for (int letters = follows[e]; letters != 0; letters &= letters - 1) {
                byBucket[fill[bucket(Integer.numberOfTrailingZeros(letters), lengths[e])]++] = e;
            }
        }
    }

    int most() {
        return most;
    }

    int from(int letter, int length) {
        return bucketStart[bucket(letter, length)];
    }

    int to(int letter, int length) {
        return bucketStart[bucket(letter, length) + 1];
    }

    int part(int index) {
        return byBucket[index];
    }

    int node(int part) {
        return nodes[part];
    }

    int length(int part) {
        return lengths[part];
    }

    int letter(int part, int i) {
        return (int) (tiles[part] >>> (5 * i)) & 31;
    }

    boolean blank(int part, int i) {
        return (tiles[part] & (1L << (40 + i))) != 0;
    }

    private int bucket(int letter, int length) {
        return letter * (most + 1) + length;
    }

    private void grow(int node, int length, long spelled, int[] rack) {
        if (count == nodes.length) {
            nodes = Arrays.copyOf(nodes, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
            tiles = Arrays.copyOf(tiles, count * 2);
            follows = Arrays.copyOf(follows, count * 2);
        }
        int e = count++;
        nodes[e] = node;
        lengths[e] = length;
        tiles[e] = spelled;
        follows[e] = graph.letters(node) & playable(rack);
        if (length == most) {
            return;
        }
        for (int letters = graph.letters(node); letters != 0; letters &= letters - 1) {
            int letter = Integer.numberOfTrailingZeros(letters);
            int child = graph.next(node, letter);
            long withLetter = spelled | ((long) letter << (5 * length));
            if (rack[letter] > 0) {
                rack[letter]--;
                grow(child, length + 1, withLetter, rack);
                rack[letter]++;
            }
            if (rack[BLANK] > 0) {
                rack[BLANK]--;
                grow(child, length + 1, withLetter | (1L << (40 + length)), rack);
                rack[BLANK]++;
            }
        }
    }

    private static int playable(int[] rack) {
        if (rack[BLANK] > 0) {
            return (1 << 26) - 1;
        }
        int letters = 0;
        for (int letter = 0; letter < 26; letter++) {
            if (rack[letter] > 0) {
                letters |= 1 << letter;
            }
        }
        return letters;
    }
}
