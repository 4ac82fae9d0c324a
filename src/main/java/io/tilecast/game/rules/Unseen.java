package io.tilecast.game.rules;

import java.util.OptionalInt;

/**
 * The tiles a viewer cannot see: for a seat the bag and every other rack together, for a spectator the bag and every
 * rack; never which of them holds what. Letters A–Z, then blanks as {@code ?}; empty once the game is over.
 */
public final class Unseen {

    private Unseen() {
    }

    public static String of(GameState state, OptionalInt seat) {
        if (state.finished()) {
            return "";
        }
        int[] counts = new int[27];
        count(state.bag().tiles(), counts);
        for (int s = 0; s < state.seats(); s++) {
            if (seat.isEmpty() || seat.getAsInt() != s) {
                count(state.rack(s).tiles(), counts);
            }
        }
        StringBuilder tiles = new StringBuilder(TileSet.TILE_COUNT);
        for (int letter = 0; letter < 26; letter++) {
            tiles.repeat((char) ('A' + letter), counts[letter]);
        }
        return tiles.repeat(TileSet.BLANK, counts[26]).toString();
    }

    private static void count(String tiles, int[] counts) {
        for (int i = 0; i < tiles.length(); i++) {
            char tile = tiles.charAt(i);
            counts[tile == TileSet.BLANK ? 26 : tile - 'A']++;
        }
    }
}
