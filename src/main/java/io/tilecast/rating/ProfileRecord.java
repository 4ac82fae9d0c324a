package io.tilecast.rating;

import java.util.Map;

/** What a profile adds for a player: their ratings by key and the stats of their finished games. */
public record ProfileRecord(Map<String, KeyRating> ratings, Stats stats) {

    public static final ProfileRecord NONE = new ProfileRecord(Map.of(), Stats.NONE);

    /** A rating in one key; {@code provisional} while the deviation is over 110. */
    public record KeyRating(double rating, double deviation, double volatility, int games, boolean provisional) {
    }

    /** Finished games but aborted ones: how they came out, the average final score, and bingos played. */
    public record Stats(int games, int wins, int losses, int draws, double averageScore, int bingos) {

        public static final Stats NONE = new Stats(0, 0, 0, 0, 0, 0);
    }
}
