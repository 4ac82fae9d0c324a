package io.tilecast.game.search;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** The strongest level: its top plays by equity, each played out two plies from drawn racks within a time budget. */
public record Master(LeaveValue leaves, int candidates, Duration budget) implements Strategy {

    public Master(Duration budget) {
        this(LeaveValue.learned(), 8, budget);
    }

    @Override
    public Move choose(Position position, MoveGenerator moves, RandomGenerator random) {
        List<RackOptions.Ranked> ranked = new ArrayList<>();
        moves.generate(position.board(), position.rack(), found -> ranked.add(new RackOptions.Ranked(found.play(),
                null, found.leave(), Equity.of(found.score(), found.leave(), position.bagSize(), leaves))));
        if (ranked.isEmpty() || position.bagSize() == 0) {
            return new Expert(leaves).choose(position, moves, random);
        }
        ranked.sort(Comparator.comparingDouble(RackOptions.Ranked::equity).reversed());
        List<RackOptions.Ranked> shortlist = ranked.subList(0, Math.min(candidates, ranked.size()));
        String unseen = unseen(position.board(), position.rack());
        double[] total = new double[shortlist.size()];
        int[] runs = new int[shortlist.size()];
        long deadline = System.nanoTime() + budget.toNanos();
        do {
            for (int i = 0; i < shortlist.size(); i++) {
                total[i] += playOut(shortlist.get(i), position, unseen, moves, random);
                runs[i]++;
            }
        } while (System.nanoTime() < deadline);
        int best = 0;
        for (int i = 1; i < shortlist.size(); i++) {
            if (total[i] / runs[i] > total[best] / runs[best]) {
                best = i;
            }
        }
        return shortlist.get(best).play().move();
    }

    /** Own score, less the opponent's best reply from a drawn rack, plus the equity of its own next play. */
    private double playOut(RackOptions.Ranked candidate, Position position, String unseen, MoveGenerator moves,
                           RandomGenerator random) {
        StringBuilder pool = new StringBuilder(unseen);
        String theirs = draw(pool, TileSet.RACK_SIZE, random);
        Rack mine = Rack.of(candidate.leave() + draw(pool, TileSet.RACK_SIZE - candidate.leave().length(), random));
        Board after = position.board().with(candidate.play().tiles());
        int bagAfter = Math.max(0, position.bagSize() - candidate.play().tiles().size());
        RackOptions reply = RackOptions.of(moves, after, Rack.of(theirs), bagAfter, leaves);
        Board next = reply.top().filter(t -> t.play() != null).map(t -> after.with(t.play().tiles())).orElse(after);
        double replyScore = reply.top().map(t -> t.play() == null ? 0 : t.play().score()).orElse(0);
        double own = RackOptions.of(moves, next, mine, bagAfter, leaves).top().map(RackOptions.Ranked::equity)
                .orElse(0.0);
        return candidate.play().score() - replyScore + own;
    }

    private static String draw(StringBuilder pool, int count, RandomGenerator random) {
        StringBuilder drawn = new StringBuilder(count);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            int at = random.nextInt(pool.length());
            drawn.append(pool.charAt(at));
            pool.deleteCharAt(at);
        }
        return drawn.toString();
    }

    /** Every tile less those on the board and on the rack: what the seat to move can count as unseen. */
    static String unseen(Board board, Rack rack) {
        StringBuilder left = new StringBuilder(TileSet.all());
        StringBuilder seen = new StringBuilder(rack.tiles());
        for (String row : board.rows()) {
            for (char c : row.toCharArray()) {
                if (c != Board.EMPTY) {
                    seen.append(Character.isLowerCase(c) ? TileSet.BLANK : c);
                }
            }
        }
        for (int i = 0; i < seen.length(); i++) {
            int at = left.indexOf(String.valueOf(seen.charAt(i)));
            if (at >= 0) {
                left.deleteCharAt(at);
            }
        }
        return left.toString();
    }
}
