package io.tilecast.journal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The journal's meters, under {@code tilecast.journal.}. */
final class JournalMetrics {

    private final JournalQueue queue;
    private final DistributionSummary batchSize;
    private final Timer batchLatency;
    private final Counter transientFailures;
    private final Counter rejected;
    private final Counter fenced;
    private final Counter refused;
    private final Counter written;

    JournalMetrics(MeterRegistry registry, JournalQueue queue) {
        this.queue = queue;
        Gauge.builder("tilecast.journal.queue.depth", queue, JournalQueue::depth)
                .description("Entries accepted and not yet settled in PostgreSQL").baseUnit("entries")
                .register(registry);
        Gauge.builder("tilecast.journal.lag", queue, JournalQueue::lagSeconds)
                .description("How long the oldest waiting entry has waited").baseUnit("seconds")
                .register(registry);
        batchSize = DistributionSummary.builder("tilecast.journal.batch.size")
                .description("Entries per committed batch").baseUnit("entries")
                .register(registry);
        batchLatency = Timer.builder("tilecast.journal.batch.latency")
                .description("Time to write and commit one batch")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        transientFailures = failures(registry, FailureKind.TRANSIENT);
        rejected = failures(registry, FailureKind.REJECTED);
        fenced = Counter.builder("tilecast.journal.fenced")
                .description("Entries not written because their game's lease had moved on").register(registry);
        refused = Counter.builder("tilecast.journal.refused")
                .description("Offers refused because the queue was full").register(registry);
        written = Counter.builder("tilecast.journal.written")
                .description("Events stored in game_events").register(registry);
    }

    private static Counter failures(MeterRegistry registry, FailureKind kind) {
        return Counter.builder("tilecast.journal.failures").tag("kind", kind.tag())
                .description("Failed batch attempts (transient) and entries dropped as bad data (rejected)")
                .register(registry);
    }

    void batchCommitted(int entries, Duration took, int eventsWritten) {
        batchSize.record(entries);
        batchLatency.record(took);
        written.increment(eventsWritten);
    }

    void transientFailure() {
        transientFailures.increment();
    }

    void rejected(int entries) {
        rejected.increment(entries);
    }

    void fenced(int entries) {
        fenced.increment(entries);
    }

    void refused() {
        refused.increment();
    }
}
