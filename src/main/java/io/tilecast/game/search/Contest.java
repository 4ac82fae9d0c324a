package io.tilecast.game.search;

/**
 * The candidates' values over the rounds played so far, every candidate still in the contest valued in every round, and
 * a candidate let go once the leader's lead over it is {@value #MARGIN} standard errors of their paired difference.
 */
final class Contest {

    static final double MARGIN = 2.5;
    private static final int FIRST_CUT = 16;

    private final double[] sums;
    private final double[][] products;
    private final boolean[] out;
    private int rounds;

    Contest(int candidates) {
        this.sums = new double[candidates];
        this.products = new double[candidates][candidates];
        this.out = new boolean[candidates];
    }

    boolean in(int candidate) {
        return !out[candidate];
    }

    int rounds() {
        return rounds;
    }

    /** One round's values, one for each candidate still in. */
    void record(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (out[i]) {
                continue;
            }
            sums[i] += values[i];
            for (int j = i; j < values.length; j++) {
                if (!out[j]) {
                    products[i][j] += values[i] * values[j];
                }
            }
        }
        rounds++;
        if (rounds >= FIRST_CUT && rounds % 4 == 0) {
            cut();
        }
    }

    int leader() {
        int leader = -1;
        for (int i = 0; i < sums.length; i++) {
            if (!out[i] && (leader < 0 || sums[i] > sums[leader])) {
                leader = i;
            }
        }
        return leader;
    }

    int left() {
        int left = 0;
        for (boolean gone : out) {
            left += gone ? 0 : 1;
        }
        return left;
    }

    private void cut() {
        int leader = leader();
        double leaderMean = sums[leader] / rounds;
        for (int i = 0; i < sums.length; i++) {
            if (out[i] || i == leader) {
                continue;
            }
            double mean = sums[i] / rounds;
            double variance = products[leader][leader] / rounds - leaderMean * leaderMean
                    + products[i][i] / rounds - mean * mean
                    - 2 * (products[Math.min(i, leader)][Math.max(i, leader)] / rounds - leaderMean * mean);
            if (leaderMean - mean > MARGIN * Math.sqrt(Math.max(variance, 0) / rounds)) {
                out[i] = true;
            }
        }
    }
}
