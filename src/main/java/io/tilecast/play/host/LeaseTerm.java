package io.tilecast.play.host;

import java.time.Duration;

/**
 * Until when a host may act on its game's lease: the start of the renewal (or claim) that granted it plus the lease
 * time, less a margin.
 */
public record LeaseTerm(long deadlineNanos, long deadlineMillis) {

    static final LeaseTerm REPLAY = new LeaseTerm(Long.MAX_VALUE, Long.MAX_VALUE);

    static LeaseTerm startingAt(long startNanos, long startMillis, Duration term) {
        return new LeaseTerm(startNanos + term.toNanos(), startMillis + term.toMillis());
    }

    /** A term granted now. */
    public static LeaseTerm startingNow(Duration term) {
        return startingAt(System.nanoTime(), System.currentTimeMillis(), term);
    }

    boolean over() {
        return this != REPLAY
                && (System.nanoTime() - deadlineNanos > 0 || System.currentTimeMillis() > deadlineMillis);
    }

}
