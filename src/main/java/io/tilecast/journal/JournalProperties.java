package io.tilecast.journal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the journal queues and writes ({@code tilecast.journal.*}). */
@ConfigurationProperties("tilecast.journal")
public record JournalProperties(@DefaultValue("100000") int capacity, @DefaultValue("1000") int batchSize,
                                @DefaultValue("100ms") Duration retryMin, @DefaultValue("5s") Duration retryMax,
                                @DefaultValue("15s") Duration drainTimeout, @DefaultValue("5ms") Duration linger) {

    public JournalProperties {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("tilecast.journal.capacity and batch-size must be at least 1");
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("tilecast.journal.linger must not be negative");
        }
        if (retryMin.isNegative() || retryMin.isZero() || retryMax.compareTo(retryMin) < 0) {
            throw new IllegalArgumentException("tilecast.journal.retry-min must be positive and at most retry-max");
        }
    }

    /** The defaults, as a program that builds a journal without Spring gets them. */
    public static JournalProperties defaults() {
        return new JournalProperties(100_000, 1_000, Duration.ofMillis(100), Duration.ofSeconds(5),
                Duration.ofSeconds(15), Duration.ofMillis(5));
    }

    public JournalProperties withCapacity(int newCapacity) {
        return new JournalProperties(newCapacity, batchSize, retryMin, retryMax, drainTimeout, linger);
    }

    public JournalProperties withBatchSize(int newBatchSize) {
        return new JournalProperties(capacity, newBatchSize, retryMin, retryMax, drainTimeout, linger);
    }

    public JournalProperties withRetry(Duration min, Duration max) {
        return new JournalProperties(capacity, batchSize, min, max, drainTimeout, linger);
    }
}
