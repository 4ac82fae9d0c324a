package io.tilecast.game.search;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * With the bag empty the opponent's rack is every unseen tile, so the last turns can be searched: a few plies over the
 * plays of highest score, every play that goes out among them, each worth its score and, going out, twice the points
 * left on the other rack. A position past the horizon counts each side's rack against it.
 */
record Endgame(MoveGenerator moves, int breadth, int depth) {

    Endgame(MoveGenerator moves) {
        this(moves, 12, 3);
    }

    /** The play that gains most over the horizon, or empty when the rack has none. */
    Optional<Move> best(Board board, Rack mine, Rack theirs) {
        Play best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Play play : candidates(board, mine, 2 * breadth)) {
            double value = value(play, board, mine, theirs, depth);
            if (value > bestValue) {
                bestValue = value;
                best = play;
            }
        }
        return Optional.ofNullable(best).map(Play::move);
    }

    /** What {@code play} gains the side that makes it, with {@code plies} plies left including this one. */
    private double value(Play play, Board board, Rack mover, Rack other, int plies) {
        Rack left = mover.remove(tiles(play)).orElseThrow();
        if (left.isEmpty()) {
            return play.score() + 2.0 * other.points();
        }
        if (plies == 1) {
            return play.score() - left.points() + other.points();
        }
        Board after = board.with(play.tiles());
        double reply = Double.NEGATIVE_INFINITY;
        for (Play answer : candidates(after, other, breadth)) {
            reply = Math.max(reply, value(answer, after, other, left, plies - 1));
        }
        if (reply == Double.NEGATIVE_INFINITY) {
            // The other side has no play and passes: the mover plays again or the game stalls.
            reply = -left.points() + other.points();
        }
        return play.score() - reply;
    }

    /** The {@code count} plays of highest score, and every play that goes out. */
    private List<Play> candidates(Board board, Rack rack, int count) {
        List<Play> all = new ArrayList<>();
        moves.generate(board, rack, found -> all.add(found.play()));
        all.sort(Comparator.comparingInt(Play::score).reversed());
        if (all.size() <= count) {
            return all;
        }
        List<Play> chosen = new ArrayList<>(all.subList(0, count));
        all.subList(count, all.size()).stream().filter(play -> play.tiles().size() == rack.size()).forEach(chosen::add);
        return chosen;
    }

    private static String tiles(Play play) {
        StringBuilder tiles = new StringBuilder(play.tiles().size());
        play.tiles().forEach(tile -> tiles.append(tile.rackTile()));
        return tiles.toString();
    }
}
