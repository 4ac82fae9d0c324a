package io.tilecast.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The deliveries of one published event to every watcher: when it was sent, when the first, the
 * median and the last watcher had it. Watchers report on their own threads.
 */
final class Arrivals {

    private final int version;
    private final int expected;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong last = new AtomicLong();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile long median;
    private volatile long sent;

    /** For the event of this game version (any event when negative), expected by this many watchers. */
    Arrivals(int version, int expected) {
        this.version = version;
        this.expected = expected;
    }

    boolean awaited(int eventVersion) {
        return version < 0 || eventVersion == version;
    }

    /** Marks the moment just before the event's publication is sent. */
    void send() {
        sent = System.nanoTime();
    }

    long sent() {
        return sent;
    }

    /** One delivery at {@code now}, recorded in {@code every} too unless it is null. */
    void arrived(long now, Histogram every) {
        first.accumulateAndGet(now, Math::min);
        last.accumulateAndGet(now, Math::max);
        if (every != null) {
            every.recordValue(Math.max(0, now - sent));
        }
        int arrived = count.incrementAndGet();
        if (arrived == (expected + 1) / 2) {
            median = now;
        }
        if (arrived == expected) {
            done.countDown();
        }
    }

    /** Waits for every delivery; false if some had not arrived within {@code seconds}. */
    boolean await(int seconds) throws InterruptedException {
        return done.await(seconds, TimeUnit.SECONDS);
    }

    long toFirst() {
        return first.get() - sent;
    }

    long toMedian() {
        return median - sent;
    }

    long toLast() {
        return last.get() - sent;
    }
}
