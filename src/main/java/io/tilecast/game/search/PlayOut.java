package io.tilecast.game.search;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;

/**
 * One drawn future, shared by every candidate: the opponent's rack is the first tiles of {@code unseen}, the bag's
 * order the rest. A candidate's value in it is its score, less the opponent's best reply by equity, plus the equity of
 * the mover's own next play.
 */
final class PlayOut {

    private final Position position;
    private final char[] unseen;
    private final int theirs;
    private final Rack theirRack;
    private final MoveGenerator moves;
    private final LeaveValue leaves;

    PlayOut(Position position, char[] unseen, int theirs, MoveGenerator moves, LeaveValue leaves) {
        this.position = position;
        this.unseen = unseen;
        this.theirs = theirs;
        this.theirRack = Rack.of(new String(unseen, 0, theirs));
        this.moves = moves;
        this.leaves = leaves;
    }

    double value(RackOptions.Ranked candidate) {
        Board after = candidate.play() == null ? position.board() : position.board().with(candidate.play().tiles());
        int bag = position.bagSize();
        int drawn = Math.min(TileSet.RACK_SIZE - candidate.leave().length(), bag);
        Rack mine = Rack.of(candidate.leave() + new String(unseen, theirs, drawn));
        if (candidate.play() != null) {
            bag -= drawn;
        }
        Best reply = Best.of(moves, after, theirRack, bag, leaves);
        Board next = reply.play() == null ? after : after.with(reply.play().tiles());
        bag -= Math.min(bag, reply.tiles());
        Best own = Best.of(moves, next, mine, bag, leaves);
        int score = candidate.play() == null ? 0 : candidate.play().score();
        return score - reply.equity() + own.equity();
    }

    /** The play of highest equity a rack has on a board, or a pass worth nothing when it has none. */
    private record Best(Play play, int tiles, double equity) {

        static Best of(MoveGenerator moves, Board board, Rack rack, int bag, LeaveValue leaves) {
            Best[] best = {new Best(null, 0, 0)};
            moves.generate(board, rack, found -> {
                double equity = Equity.of(found.score(), found.leave(), bag, leaves);
                if (best[0].play() == null || equity > best[0].equity()) {
                    best[0] = new Best(found.play(), found.tileCount(), equity);
                }
            });
            return best[0];
        }
    }
}
