package io.tilecast.game.search;

import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;
import java.util.random.RandomGenerator;

/**
 * The strongest computer player: the play worth most counting both its score and what it keeps on the rack ({@link
 * RackLeave}); with the bag empty, the points left on the rack count against it instead.
 */
public record Expert() implements Strategy {

    @Override
    public Move choose(Position position, MoveGenerator moves, RandomGenerator random) {
        boolean bagEmpty = position.bagSize() == 0;
        Play[] best = new Play[1];
        double[] bestValue = {Double.NEGATIVE_INFINITY};
        moves.generate(position.board(), position.rack(), found -> {
            String leave = found.leave();
            double value = found.score() + (bagEmpty ? -2.0 * TileSet.points(leave) : RackLeave.value(leave));
            if (value > bestValue[0]) {
                bestValue[0] = value;
                best[0] = found.play();
            }
        });
        if (position.canExchange()) {
            String thrown = RackLeave.worstTiles(position.rack());
            Rack kept = position.rack().remove(thrown).orElseThrow();
            if (best[0] == null || RackLeave.value(kept.tiles()) > bestValue[0] + 6) {
                return new Move.Exchange(thrown);
            }
        }
        return best[0] == null ? new Move.Pass() : best[0].move();
    }
}
