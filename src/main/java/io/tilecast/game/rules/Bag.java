package io.tilecast.game.rules;

/**
 * The tiles not yet drawn, in drawing order, with the state of the seeded generator that shuffles returned tiles back
 * in, so a game replays exactly from its seed.
 */
public record Bag(String tiles, long shuffleState) {

    /** The full set shuffled from a seed. */
    public static Bag shuffled(long seed) {
        Bag ordered = new Bag("", seed);
        return ordered.putBack(TileSet.all());
    }

    public int size() {
        return tiles.length();
    }

    public boolean isEmpty() {
        return tiles.isEmpty();
    }

    /** Takes up to {@code count} tiles from the front. */
    public Draw draw(int count) {
        int n = Math.min(count, tiles.length());
        return new Draw(tiles.substring(0, n), new Bag(tiles.substring(n), shuffleState));
    }

    /** Returns tiles to the bag and shuffles the whole of it (Fisher–Yates, SplitMix64). */
    public Bag putBack(String returned) {
        char[] all = (tiles + returned).toCharArray();
        long state = shuffleState;
        for (int i = all.length - 1; i > 0; i--) {
            state += 0x9E3779B97F4A7C15L;
            int j = (int) Long.remainderUnsigned(mix(state), i + 1);
            char swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return new Bag(new String(all), state);
    }

    @Override
    public String toString() {
        return "Bag[" + tiles.length() + " tiles]";
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Tiles drawn and the bag left behind. */
    public record Draw(String tiles, Bag bag) {
    }
}
