package io.tilecast.game.search;

import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Positions;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;
import java.util.List;
import java.util.Random;

/**
 * Mid-game positions for the move generator's tests: a game of the default lexicon played from a
 * seed by choosing at random among the generator's plays, stopped after some turns; then, for
 * every other seed, one tile of the mover's rack is swapped for a blank.
 */
final class MidGamePositions {

    private static final MoveGenerator GENERATOR = MoveGenerator.of(Positions.ENGLISH);

    private MidGamePositions() {
    }

    static GameState after(long seed, int turns) {
        Random random = new Random(seed);
        GameState state = GameState.start(seed, 2, Positions.ENGLISH);
        for (int turn = 0; turn < turns && !state.finished(); turn++) {
            List<Play> plays = GENERATOR.plays(state.board(), state.rack(state.toMove()));
            Move move = plays.isEmpty() ? new Move.Pass() : plays.get(random.nextInt(plays.size())).move();
            state = Positions.played(state, state.toMove(), move);
        }
        if (seed % 2 == 0 || state.finished()) {
            return state;
        }
        return withBlank(state);
    }

    /** The same position with a blank in place of the mover's first tile (or added to a short rack). */
    private static GameState withBlank(GameState state) {
        int seat = state.toMove();
        String tiles = state.rack(seat).tiles();
        if (tiles.contains("?")) {
            return state;
        }
        String withBlank = tiles.length() == TileSet.RACK_SIZE ? "?" + tiles.substring(1) : tiles + "?";
        return state.withRack(seat, Rack.of(withBlank));
    }
}
