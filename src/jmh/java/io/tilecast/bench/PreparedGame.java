package io.tilecast.bench;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Ruling;
import io.tilecast.game.search.Expert;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The turns of a game worked out before a run, so that the client sends each as it comes with no
 * move finder in its way: passes, or the expert's plays on the deal of {@code seed} (the server
 * started with {@code tilecast.play.deal-seed} set to it deals every game alike).
 */
record PreparedGame(List<String> moves, boolean places, boolean endsItself) {

    static final long SEED = 20261207L;

    /** Six passes: the sixth scoreless turn ends the game. */
    static PreparedGame passes() {
        return new PreparedGame(List.of(), false, true);
    }

    /** The expert's first {@code turns} moves (all 20 of them end the game), in seat order from seat 0, on the deal of {@link #SEED}. */
    static PreparedGame placing(int turns) {
        Lexicon lexicon = Lexicon.english();
        MoveGenerator finder = MoveGenerator.of(lexicon);
        GameState state = GameState.start(SEED, 2, lexicon);
        List<String> moves = new ArrayList<>();
        for (int turn = 0; turn < turns; turn++) {
            int seat = state.toMove();
            Move move = new Expert().choose(new Position(state.board(), state.rack(seat), state.scores(), seat,
                    state.bagSize()), finder, new SplittableRandom(turn));
            if (state.finished()) {
                throw new IllegalArgumentException("the prepared game is over after " + turn + " turns");
            }
            if (!(state.apply(seat, move) instanceof Ruling.Accepted accepted)) {
                throw new IllegalStateException("the prepared move " + move + " was refused");
            }
            state = accepted.next();
            moves.add(json(move));
        }
        return new PreparedGame(moves, true, state.finished());
    }

    /** The body of this turn's move at the game's version {@code version}. */
    String body(int turn, int version) {
        String move = places ? moves.get(turn) : "\"type\":\"pass\"";
        return "{" + move + ",\"version\":" + version + "}";
    }

    private static String json(Move move) {
        return switch (move) {
            case Move.Place place -> "\"type\":\"place\",\"tiles\":[" + place.tiles().stream()
                    .map(PreparedGame::tile).collect(Collectors.joining(",")) + "]";
            case Move.Exchange exchange -> "\"type\":\"exchange\",\"letters\":\"" + exchange.letters() + "\"";
            default -> "\"type\":\"pass\"";
        };
    }

    private static String tile(Placement tile) {
        return "{\"row\":" + tile.row() + ",\"col\":" + tile.col() + ",\"letter\":\"" + tile.letter() + "\""
                + (tile.blank() ? ",\"blank\":true}" : "}");
    }
}
