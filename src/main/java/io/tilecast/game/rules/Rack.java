package io.tilecast.game.rules;

import java.util.Arrays;
import java.util.Optional;

/** The tiles one player holds, kept in sorted order so that equal racks are equal values; {@code ?} is a blank. */
public record Rack(String tiles) {


    public Rack {
        char[] sorted = tiles.toCharArray();
        Arrays.sort(sorted);
        tiles = new String(sorted);
    }

    public static Rack of(String tiles) {
        return new Rack(tiles);
    }

    public int size() {
        return tiles.length();
    }

    public boolean isEmpty() {
        return tiles.isEmpty();
    }

    /** Value of the tiles still held, as counted at the end of the game. */
    public int points() {
        return TileSet.points(tiles);
    }

    /** The rack without these tiles, or empty when it does not hold all of them. */
    public Optional<Rack> remove(CharSequence taken) {
        StringBuilder left = new StringBuilder(tiles);
        for (int i = 0; i < taken.length(); i++) {
            int at = left.indexOf(String.valueOf(taken.charAt(i)));
            if (at < 0) {
                return Optional.empty();
            }
            left.deleteCharAt(at);
        }
        return Optional.of(new Rack(left.toString()));
    }

    public Rack add(CharSequence drawn) {
        return new Rack(tiles + drawn);
    }

    @Override
    public String toString() {
        return tiles;
    }
}
