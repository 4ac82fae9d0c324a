package io.tilecast.game.search;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;
import java.util.List;

/**
 * What a player sees on their turn, and all a computer player is given: the board, its own rack, the scores and how
 * many tiles the bag still holds.
 */
public record Position(Board board, Rack rack, List<Integer> scores, int seat, int bagSize) {

    public Position {
        scores = List.copyOf(scores);
    }

    /** Whether an exchange is allowed: the bag holds at least a rack's worth of tiles. */
    public boolean canExchange() {
        return bagSize >= TileSet.RACK_SIZE;
    }
}
