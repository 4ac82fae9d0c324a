package io.tilecast.game.search;

import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;

/**
 * A move's equity: its score plus the worth of what it keeps; while the bag holds tiles the worth is the leave's
 * value, once it is empty the kept tiles count twice their points against the mover, as at the end of the game.
 */
public final class Equity {

    private Equity() {
    }

    /** The equity of a move scoring {@code score} and keeping {@code leave}, with {@code bagSize} tiles left before it. */
    public static double of(int score, CharSequence leave, int bagSize, LeaveValue leaves) {
        return score + (bagSize == 0 ? -2.0 * TileSet.points(leave) : leaves.of(leave));
    }

    /** The tiles to throw back so that what is kept is worth most: at least one tile, at most the whole rack. */
    public static String bestExchange(Rack rack, LeaveValue leaves) {
        return RackLeave.worstTiles(rack, leaves);
    }
}
