package io.tilecast.game.rules;

/** The standard English set of 100 tiles: how many of each letter and what each is worth. */
public final class TileSet {

    /** The blank as written in racks, bags and exchanges. */
    public static final char BLANK = '?';
    public static final int TILE_COUNT = 100;
    public static final int RACK_SIZE = 7;

    //                                       A  B  C  D  E  F  G  H  I  J  K  L  M  N  O  P  Q   R  S  T  U  V  W  X  Y  Z
    private static final int[] COUNTS = {9, 2, 2, 4, 12, 2, 3, 2, 9, 1, 1, 4, 2, 6, 8, 2, 1, 6, 4, 6, 4, 2, 2, 1, 2, 1};
    private static final int[] POINTS = {1, 3, 3, 2, 1, 4, 2, 4, 1, 8, 5, 1, 3, 1, 1, 3, 10, 1, 1, 1, 1, 4, 4, 8, 4, 10};
    private static final int BLANKS = 2;

    private TileSet() {
    }

    /** Value of a rack tile: a letter A–Z or the blank. */
    public static int points(char tile) {
        return isLetter(tile) ? POINTS[tile - 'A'] : 0;
    }

    public static int count(char tile) {
        if (tile == BLANK) {
            return BLANKS;
        }
        return isLetter(tile) ? COUNTS[tile - 'A'] : 0;
    }

    public static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Value of a group of rack tiles, such as what is left on a rack at the end. */
    public static int points(CharSequence tiles) {
        int sum = 0;
        for (int i = 0; i < tiles.length(); i++) {
            sum += points(tiles.charAt(i));
        }
        return sum;
    }

    /** All 100 tiles in alphabetical order, blanks last. */
    public static String all() {
        StringBuilder tiles = new StringBuilder(TILE_COUNT);
        for (char c = 'A'; c <= 'Z'; c++) {
            tiles.repeat(c, count(c));
        }
        return tiles.repeat(BLANK, BLANKS).toString();
    }
}
