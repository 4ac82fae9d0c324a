package io.tilecast.game.search;

import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import java.util.random.RandomGenerator;

/**
 * The play of highest equity: its score plus the worth of what it keeps on the rack ({@link LeaveValue}, by default
 * the table Tilecast learned); with the bag empty, the points left on the rack count against it instead.
 */
public record Expert(LeaveValue leaves) implements Strategy {

    public Expert() {
        this(LeaveValue.learned());
    }

    @Override
    public Move choose(Position position, MoveGenerator moves, RandomGenerator random) {
        Play[] best = new Play[1];
        double[] bestValue = {Double.NEGATIVE_INFINITY};
        moves.generate(position.board(), position.rack(), found -> {
            double value = Equity.of(found.score(), found.leave(), position.bagSize(), leaves);
            if (value > bestValue[0]) {
                bestValue[0] = value;
                best[0] = found.play();
            }
        });
        if (position.canExchange()) {
            String thrown = RackLeave.worstTiles(position.rack(), leaves);
            Rack kept = position.rack().remove(thrown).orElseThrow();
            if (best[0] == null || leaves.of(kept.tiles()) > bestValue[0] + 6) {
                return new Move.Exchange(thrown);
            }
        }
        return best[0] == null ? new Move.Pass() : best[0].move();
    }
}
