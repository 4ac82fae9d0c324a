package io.tilecast.game.search;

import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import java.util.List;

/** A legal placement found by the {@link MoveGenerator}, with the score the rules give it. */
public record Play(List<Placement> tiles, int score) {

    public Play {
        tiles = List.copyOf(tiles);
    }

    public Move.Place move() {
        return new Move.Place(tiles);
    }
}
