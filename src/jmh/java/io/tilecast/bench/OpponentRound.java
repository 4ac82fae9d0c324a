package io.tilecast.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one round of many games measured on one server: each move from just before it was sent until
 * the opponent's stream had it, the mover's acknowledgement, and the server's CPU time, counted only
 * for moves sent inside the measured window.
 */
final class OpponentRound {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    final String server;
    final int games;
    final Histogram opponent = new ConcurrentHistogram(MINUTE, 3);
    final Histogram ack = new ConcurrentHistogram(MINUTE, 3);
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong gamesPlayed = new AtomicLong();
    private volatile long start = Long.MAX_VALUE;
    private volatile long end = Long.MAX_VALUE;
    private long cpuNanos;

    OpponentRound(String server, int games) {
        this.server = server;
        this.games = games;
    }

    /** Opens the measured window now, with the server's CPU time so far. */
    void open(long cpuSoFar) {
        cpuNanos = -cpuSoFar;
        start = System.nanoTime();
    }

    /** Closes the window now, with the server's CPU time so far. */
    void close(long cpuSoFar) {
        end = System.nanoTime();
        cpuNanos += cpuSoFar;
    }

    private boolean measured(long sent) {
        return sent >= start && sent < end;
    }

    void delivered(long sent, long now) {
        if (measured(sent)) {
            opponent.recordValue(now - sent);
        }
    }

    void acknowledged(long sent, long now) {
        if (measured(sent)) {
            ack.recordValue(now - sent);
        }
    }

    void failed(Throwable cause) {
        if (failures.incrementAndGet() <= 3) {
            System.out.println(server + ": " + cause);
        }
    }

    void gameOver(long now) {
        if (measured(now)) {
            gamesPlayed.incrementAndGet();
        }
    }

    double seconds() {
        return (end - start) / 1e9;
    }

    double movesPerSecond() {
        return opponent.getTotalCount() / seconds();
    }

    double cpuMicrosPerMove() {
        return cpuNanos / 1e3 / Math.max(1, opponent.getTotalCount());
    }

    String describe() {
        return String.format("%-8s %5d games: %,6d moves in %.1f s (%.0f/s), %d games ended, %d failures;"
                        + " to the opponent p50 %s p99 %s p99.9 %s ms; ack p50 %s p99 %s ms;"
                        + " server CPU %.0f µs per move (%.2f cores)",
                server, games, opponent.getTotalCount(), seconds(), movesPerSecond(), gamesPlayed.get(),
                failures.get(), Latencies.ms(opponent.getValueAtPercentile(50)),
                Latencies.ms(opponent.getValueAtPercentile(99)), Latencies.ms(opponent.getValueAtPercentile(99.9)),
                Latencies.ms(ack.getValueAtPercentile(50)), Latencies.ms(ack.getValueAtPercentile(99)),
                cpuMicrosPerMove(), cpuNanos / 1e9 / seconds());
    }

    /** This round beside the peer's. */
    String ratios(OpponentRound peer) {
        return String.format("%5d games: opponent p50 %.2fx, p99 %.2fx; moves/s %.0f vs %.0f;"
                        + " CPU per move %.2fx (%.0f vs %.0f µs)", games,
                ratio(opponent, peer.opponent, 50), ratio(opponent, peer.opponent, 99), movesPerSecond(),
                peer.movesPerSecond(), cpuMicrosPerMove() / peer.cpuMicrosPerMove(), cpuMicrosPerMove(),
                peer.cpuMicrosPerMove());
    }

    private static double ratio(Histogram ours, Histogram peer, double percentile) {
        return (double) ours.getValueAtPercentile(percentile) / Math.max(1, peer.getValueAtPercentile(percentile));
    }
}
