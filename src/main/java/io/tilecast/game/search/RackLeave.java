package io.tilecast.game.search;

import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;

/**
 * A rough worth, in points, of the tiles kept on the rack after a move: the blank and S help the next turn, a Q or a V
 * hinder it, two of one letter or a rack of only vowels or only consonants make words hard to find.
 */
final class RackLeave {

    //                                          A    B    C    D    E    F    G    H    I    J    K    L    M
    private static final double[] TILE = {1.0, -2.0, 0.5, 0.0, 2.5, -2.0, -2.0, 0.5, -0.5, -1.5, -1.0, 0.5, 0.0,
            //                                   N    O    P    Q    R    S    T    U    V    W    X    Y    Z
            0.5, -1.0, -0.5, -7.0, 1.5, 7.5, 0.5, -3.0, -5.0, -4.0, 3.0, -0.5, 2.5};
    private static final double BLANK = 24.0;
    private static final double DUPLICATE = -3.0;
    private static final double UNBALANCED = -2.5;

    private RackLeave() {
    }

    static double value(CharSequence leave) {
        int[] counts = new int[26];
        double value = 0;
        int vowels = 0;
        int consonants = 0;
        for (int i = 0; i < leave.length(); i++) {
            char tile = leave.charAt(i);
            if (tile == TileSet.BLANK) {
                value += BLANK;
                continue;
            }
            int letter = tile - 'A';
            value += TILE[letter];
            if (counts[letter]++ > 0) {
                value += DUPLICATE;
            }
            if ("AEIOU".indexOf(tile) >= 0) {
                vowels++;
            } else {
                consonants++;
            }
        }
        if (counts['Q' - 'A'] > 0 && counts['U' - 'A'] == 0) {
            value -= 3.0;
        }
        // About two vowels for every three consonants keeps the next rack playable.
        double ideal = (vowels + consonants) * 0.4;
        return value + UNBALANCED * Math.max(0, Math.abs(vowels - ideal) - 0.5);
    }

    static String worstTiles(Rack rack) {
        return worstTiles(rack, LeaveValue.rough());
    }

    /** The tiles to throw back so that what is kept is worth most by {@code leaves}. */
    static String worstTiles(Rack rack, LeaveValue leaves) {
        String tiles = rack.tiles();
        int n = tiles.length();
        int bestKeep = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int keep = 0; keep < (1 << n) - 1; keep++) { // every subset but the whole rack
            StringBuilder kept = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                if ((keep & (1 << i)) != 0) {
                    kept.append(tiles.charAt(i));
                }
            }
            double value = leaves.of(kept);
            if (value > best) {
                best = value;
                bestKeep = keep;
            }
        }
        StringBuilder thrown = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            if ((bestKeep & (1 << i)) == 0) {
                thrown.append(tiles.charAt(i));
            }
        }
        return thrown.toString();
    }
}
