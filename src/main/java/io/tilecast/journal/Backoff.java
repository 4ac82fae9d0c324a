package io.tilecast.journal;

import java.time.Duration;

/** The wait before the next attempt after failures in a row: doubling from a minimum to a cap. */
final class Backoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
        this.next = min;
    }

    Duration next() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return wait;
    }

    void reset() {
        next = min;
    }
}
