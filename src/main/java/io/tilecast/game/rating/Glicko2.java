package io.tilecast.game.rating;

import java.util.List;

/**
 * Glicko-2 as in Glickman's "Example of the Glicko-2 system", with the deviation grown by the days since the last
 * rated game before each game ({@code rules.md} gives the parameters).
 */
public final class Glicko2 {

    public static final double TAU = 0.5;
    public static final double EPSILON = 0.000001;
    public static final double MAX_DEVIATION = 350;
    public static final double MIN_DEVIATION = 45;
    public static final double PERIODS_PER_DAY = 0.21436;
    static final double SCALE = 173.7178;

    private Glicko2() {
    }

    /** One result of a rating period: the opponent as they stood before the game, and 1, 0.5 or 0. */
    public record Result(Rating opponent, double score) {
    }

    /** The rating as it stands {@code days} after the player's last rated game: the deviation grown, capped at 350. */
    public static Rating grown(Rating rating, double days) {
        double phi = rating.deviation() / SCALE;
        double sigma = rating.volatility();
        double grown = Math.sqrt(phi * phi + sigma * sigma * PERIODS_PER_DAY * Math.max(0, days)) * SCALE;
        return new Rating(rating.rating(), Math.min(MAX_DEVIATION, grown), sigma);
    }

    /**
     * The rating after one period of {@code results}, {@code days} after the player's last rated game: the paper's steps
     * 3 to 8, with step 6's growth by the days (so a period right after the last one adds nothing).
     */
    public static Rating rate(Rating before, double days, List<Result> results) {
        if (results.isEmpty()) {
            return before;
        }
        double mu = (before.rating() - 1500) / SCALE;
        double phi = before.deviation() / SCALE;
        double phiStar = grown(before, days).deviation() / SCALE;
        double sum = 0;
        double improvement = 0;
        for (Result result : results) {
            double muJ = (result.opponent().rating() - 1500) / SCALE;
            double g = g(result.opponent().deviation() / SCALE);
            double e = 1 / (1 + Math.exp(-g * (mu - muJ)));
            sum += g * g * e * (1 - e);
            improvement += g * (result.score() - e);
        }
        double v = 1 / sum;
        double delta = v * improvement;
        double sigma = volatility(before.volatility(), phi, v, delta);
        double phiNew = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
        double muNew = mu + phiNew * phiNew * improvement;
        return new Rating(muNew * SCALE + 1500, Math.max(MIN_DEVIATION, phiNew * SCALE), sigma);
    }

    private static double g(double phi) {
        return 1 / Math.sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));
    }

    /** Step 5 of the paper: the Illinois algorithm for the new volatility. */
    private static double volatility(double sigma, double phi, double v, double delta) {
        double a = Math.log(sigma * sigma);
        double big = a;
        double small;
        if (delta * delta > phi * phi + v) {
            small = Math.log(delta * delta - phi * phi - v);
        } else {
            int k = 1;
            while (f(a - k * TAU, delta, phi, v, a) < 0) {
                k++;
            }
            small = a - k * TAU;
        }
        double fBig = f(big, delta, phi, v, a);
        double fSmall = f(small, delta, phi, v, a);
        while (Math.abs(small - big) > EPSILON) {
            double c = big + (big - small) * fBig / (fSmall - fBig);
            double fC = f(c, delta, phi, v, a);
            if (fC * fSmall <= 0) {
                big = small;
                fBig = fSmall;
            } else {
                fBig = fBig / 2;
            }
            small = c;
            fSmall = fC;
        }
        return Math.exp(big / 2);
    }

    private static double f(double x, double delta, double phi, double v, double a) {
        double ex = Math.exp(x);
        double d = phi * phi + v + ex;
        return ex * (delta * delta - phi * phi - v - ex) / (2 * d * d) - (x - a) / (TAU * TAU);
    }
}
