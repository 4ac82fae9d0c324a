package io.tilecast.game.search;

import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import java.util.List;

/**
 * A legal placement found by the {@link MoveGenerator}, with the score the rules give it.
 *
 * @param tiles in board order, as {@link GameState#apply} records them
 */
public record Play(List<Placement> tiles, int score) {

    public Play {
        tiles = List.copyOf(tiles);
    }

    public Move.Place move() {
        return new Move.Place(tiles);
    }
}
