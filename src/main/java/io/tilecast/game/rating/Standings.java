package io.tilecast.game.rating;

import java.util.ArrayList;
import java.util.List;

/**
 * How each pair of seats came out of a game: the higher final score wins, equal scores draw, and a seat that resigned or
 * timed out loses to every seat still in (of two that left, the one that stayed longer wins).
 */
public final class Standings {

    private final List<Integer> scores;
    private final List<Integer> leftAt;

    /**
     * @param scores each seat's final score
     * @param leftAt for each seat, the turn at which it resigned or timed out, or -1 if it stayed in to the end
     */
    public Standings(List<Integer> scores, List<Integer> leftAt) {
        if (scores.size() != leftAt.size() || scores.size() < 2) {
            throw new IllegalArgumentException("A game has a score and a leaving turn for each of two or more seats");
        }
        this.scores = List.copyOf(scores);
        this.leftAt = List.copyOf(leftAt);
    }

    public int seats() {
        return scores.size();
    }

    /** Seat {@code seat}'s result against {@code other}: 1, 0.5 or 0. */
    public double score(int seat, int other) {
        boolean in = leftAt.get(seat) < 0;
        boolean otherIn = leftAt.get(other) < 0;
        if (in != otherIn) {
            return in ? 1 : 0;
        }
        if (!in) {
            return leftAt.get(seat) > leftAt.get(other) ? 1 : 0;
        }
        return Integer.compare(scores.get(seat), scores.get(other)) > 0 ? 1
                : scores.get(seat).equals(scores.get(other)) ? 0.5 : 0;
    }

    /**
     * Every seat's rating after the game: one period each, {@code days} of it after that seat's last rated game, against
     * every other seat as it stood before.
     */
    public List<Rating> rate(List<Rating> before, List<Double> days) {
        List<Rating> after = new ArrayList<>(before.size());
        for (int seat = 0; seat < seats(); seat++) {
            List<Glicko2.Result> results = new ArrayList<>(seats() - 1);
            for (int other = 0; other < seats(); other++) {
                if (other != seat) {
                    results.add(new Glicko2.Result(before.get(other), score(seat, other)));
                }
            }
            after.add(Glicko2.rate(before.get(seat), days.get(seat), results));
        }
        return after;
    }
}
