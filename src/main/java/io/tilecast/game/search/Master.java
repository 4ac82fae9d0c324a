package io.tilecast.game.search;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The strongest level: its top moves by equity, each played out over the same drawn racks (so that the candidates
 * differ by what they do, not by their luck), those clearly behind let go ({@link Contest}), until one is left,
 * {@code playOuts} rounds or the time budget, whichever comes first;
 * with the bag empty, a search of the last turns against the rack it can now count ({@link Endgame}).
 */
public record Master(LeaveValue leaves, int candidates, Duration budget, int playOuts) implements Strategy {

    /** Fewer rounds than this say too little: the static equity decides instead. */
    static final int ENOUGH = 8;

    public Master(LeaveValue leaves, int candidates, Duration budget) {
        this(leaves, candidates, budget, 4_000);
    }

    public Master(Duration budget) {
        this(LeaveValue.learned(), 8, budget);
    }

    @Override
    public Move choose(Position position, MoveGenerator moves, RandomGenerator random) {
        if (position.bagSize() == 0) {
            String theirs = unseen(position.board(), position.rack());
            return (theirs.length() <= TileSet.RACK_SIZE
                    ? new Endgame(moves).best(position.board(), position.rack(), Rack.of(theirs)) : Optional.<Move>empty())
                    .orElseGet(() -> new Expert(leaves).choose(position, moves, random));
        }
        List<RackOptions.Ranked> shortlist = shortlist(position, moves);
        if (shortlist.size() < 2) {
            return shortlist.isEmpty() ? new Move.Pass() : move(shortlist.getFirst());
        }
        char[] unseen = unseen(position.board(), position.rack()).toCharArray();
        int theirs = Math.min(TileSet.RACK_SIZE, Math.max(0, unseen.length - position.bagSize()));
        Contest contest = new Contest(shortlist.size());
        double[] values = new double[shortlist.size()];
        long deadline = System.nanoTime() + budget.toNanos();
        do {
            shuffle(unseen, random);
            PlayOut playOut = new PlayOut(position, unseen, theirs, moves, leaves);
            for (int i = 0; i < values.length; i++) {
                values[i] = contest.in(i) ? playOut.value(shortlist.get(i)) : 0;
            }
            contest.record(values);
        } while (contest.left() > 1 && contest.rounds() < playOuts && System.nanoTime() < deadline);
        return move(shortlist.get(contest.rounds() < ENOUGH ? 0 : contest.leader()));
    }

    /** The {@code candidates} plays of highest equity, and the best exchange when one is allowed, best first. */
    private List<RackOptions.Ranked> shortlist(Position position, MoveGenerator moves) {
        List<RackOptions.Ranked> ranked = new ArrayList<>();
        moves.generate(position.board(), position.rack(), found -> ranked.add(new RackOptions.Ranked(found.play(),
                null, found.leave(), Equity.of(found.score(), found.leave(), position.bagSize(), leaves))));
        ranked.sort(Comparator.comparingDouble(RackOptions.Ranked::equity).reversed());
        List<RackOptions.Ranked> shortlist = new ArrayList<>(ranked.subList(0, Math.min(candidates, ranked.size())));
        if (position.canExchange()) {
            String thrown = Equity.bestExchange(position.rack(), leaves);
            String kept = position.rack().remove(thrown).orElseThrow().tiles();
            shortlist.add(new RackOptions.Ranked(null, thrown, kept, leaves.of(kept)));
            shortlist.sort(Comparator.comparingDouble(RackOptions.Ranked::equity).reversed());
        }
        return shortlist;
    }

    private static Move move(RackOptions.Ranked ranked) {
        return ranked.play() == null ? new Move.Exchange(ranked.exchanged()) : ranked.play().move();
    }

    private static void shuffle(char[] tiles, RandomGenerator random) {
        for (int i = tiles.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swapped = tiles[i];
            tiles[i] = tiles[j];
            tiles[j] = swapped;
        }
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
