package io.tilecast.journal;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The write-behind journal: game hosts offer what they have already acknowledged, and it reaches PostgreSQL in batches,
 * in the order offered, off the request path.
 */
@Component
public class Journal implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(Journal.class);

    private final JournalProperties properties;
    private final JournalQueue queue;
    private final JournalMetrics metrics;
    private final JournalWriter writer;
    private final List<Consumer<String>> fencedListeners = new CopyOnWriteArrayList<>();

    private Scheduler scheduler;
    private Disposable loop;
    private volatile boolean running;

    public Journal(ConnectionFactory primary, JournalProperties properties, MeterRegistry registry) {
        this.properties = properties;
        this.queue = new JournalQueue(properties.capacity());
        this.metrics = new JournalMetrics(registry, queue);
        this.writer = new JournalWriter(queue, new BatchStatement(primary), metrics, properties, this::fenced);
    }

    /**
     * All or nothing, and never waits for the database: false when the queue has no room for every entry (or the
     * journal has stopped), and the caller must then refuse the move.
     */
    public boolean offer(List<? extends JournalEntry> entries) {
        if (entries.isEmpty()) {
            return true;
        }
        if (queue.offer(entries)) {
            return true;
        }
        metrics.refused();
        return false;
    }

    /**
     * Completes when everything offered before the call has been settled: written, or left out for good because it was
     * fenced or rejected.
     */
    public Mono<Void> flush(Duration timeout) {
        long lastOfferedBefore = queue.lastAccepted();
        return queue.settledThrough(lastOfferedBefore)
                .timeout(timeout, Mono.error(() -> new TimeoutException(
                        "Journal not flushed within " + timeout + ": " + queue.depth() + " entries waiting")));
    }

    /** Entries accepted and not yet settled, including the batch being written. */
    public int depth() {
        return queue.depth();
    }

    public int capacity() {
        return queue.capacity();
    }

    /** Seconds the oldest waiting entry has waited; 0 when nothing waits. */
    public double lagSeconds() {
        return queue.lagSeconds();
    }

    /** Tells {@code listener} the game id of an entry refused by the fence: the lease is no longer ours. */
    public void onFenced(Consumer<String> gameIdListener) {
        fencedListeners.add(gameIdListener);
    }

    JournalWriter.LastError lastError() {
        return writer.lastError();
    }

    private void fenced(String gameId) {
        for (Consumer<String> listener : fencedListeners) {
            try {
                listener.accept(gameId);
            } catch (RuntimeException e) {
                log.error("Journal: a fenced-game listener failed for " + gameId, e);
            }
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        queue.open();
        scheduler = Schedulers.newSingle("journal-writer");
        loop = writer.run(scheduler).subscribe(null,
                error -> log.error("Journal: the writer loop ended unexpectedly; entries are no longer written", error));
        running = true;
    }

    /**
     * Refuses new offers and writes everything queued, retrying while the database is briefly unavailable, for at most
     * {@code tilecast.journal.drain-timeout}; then ends the writer.
     */
    @Override
    public synchronized void stop(Runnable callback) {
        if (!running) {
            callback.run();
            return;
        }
        queue.close();
        int waiting = queue.depth();
        long started = System.nanoTime();
        Disposable writerLoop = loop;
        Scheduler writerScheduler = scheduler;
        flush(properties.drainTimeout())
                .doOnSuccess(done -> log.info("Journal drained " + waiting + " entries in "
                        + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms"))
                .doOnError(error -> log.error("Journal: drain gave up after "
                        + properties.drainTimeout().toMillis() + " ms; " + queue.depth() + " of " + waiting
                        + " entries were NOT written", error))
                .onErrorComplete()
                .doFinally(signal -> {
                    writerLoop.dispose();
                    writerScheduler.dispose();
                    running = false;
                    callback.run();
                })
                .subscribe();
    }

    @Override
    public void stop() {
        CountDownLatch stopped = new CountDownLatch(1);
        stop(stopped::countDown);
        try {
            stopped.await(properties.drainTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Below the web server's phases, so it stops after requests have drained; above the embedded database. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
