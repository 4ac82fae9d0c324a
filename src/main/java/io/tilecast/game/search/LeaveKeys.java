package io.tilecast.game.search;

import io.tilecast.game.rules.TileSet;
import java.util.function.IntConsumer;

/** Every leave of one to six tiles the tile set allows, in one fixed order, each as an int of five bits a tile. */
public final class LeaveKeys {

    public static final int MOST_TILES = 6;
    private static final int KINDS = 27;
    private static final int BLANK = 26;

    private LeaveKeys() {
    }

    /** The key of a leave, or -1 when it has no tiles or more than six. */
    public static int of(CharSequence leave) {
        int n = leave.length();
        if (n == 0 || n > MOST_TILES) {
            return -1;
        }
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            char tile = leave.charAt(i);
            codes[i] = tile == TileSet.BLANK ? BLANK : tile - 'A';
        }
        java.util.Arrays.sort(codes);
        int key = 0;
        for (int code : codes) {
            key = key << 5 | (code + 1);
        }
        return key;
    }

    /** The tiles of a key, as the generator writes a leave. */
    public static String tiles(int key) {
        StringBuilder tiles = new StringBuilder(MOST_TILES);
        for (; key != 0; key >>>= 5) {
            int code = (key & 31) - 1;
            tiles.insert(0, code == BLANK ? TileSet.BLANK : (char) ('A' + code));
        }
        return tiles.toString();
    }

    /** Hands every key to {@code each}, shorter leaves first. */
    public static void forEach(IntConsumer each) {
        for (int size = 1; size <= MOST_TILES; size++) {
            extend(0, size, 0, each);
        }
    }

    private static void extend(int kind, int left, int key, IntConsumer each) {
        if (left == 0) {
            each.accept(key);
            return;
        }
        for (int k = kind; k < KINDS; k++) {
            int most = Math.min(left, TileSet.count(k == BLANK ? TileSet.BLANK : (char) ('A' + k)));
            int next = key;
            for (int copies = 1; copies <= most; copies++) {
                next = next << 5 | (k + 1);
                extend(k + 1, left - copies, next, each);
            }
        }
    }
}
