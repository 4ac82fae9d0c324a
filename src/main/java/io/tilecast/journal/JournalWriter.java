package io.tilecast.journal;

import io.r2dbc.spi.R2dbcException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/** The one loop that moves entries into PostgreSQL: wait, write the oldest batch, settle it, repeat. */
final class JournalWriter {

    private static final Log log = LogFactory.getLog(Journal.class);

    private final JournalQueue queue;
    private final BatchStatement statement;
    private final JournalMetrics metrics;
    private final Consumer<String> fencedGames;
    private final int batchSize;
    private final Duration linger;
    private final Duration retryMax;
    private final Retry transientRetry;

    // Touched only by the loop, which runs one step at a time.
    private int suspects;
    private int isolationLimit;

    private final Set<String> fencedNotified = new HashSet<>();

    private volatile LastError lastError;

    record LastError(String message, Instant at) {
    }

    JournalWriter(JournalQueue queue, BatchStatement statement, JournalMetrics metrics,
                  JournalProperties properties, Consumer<String> fencedGames) {
        this.queue = queue;
        this.statement = statement;
        this.metrics = metrics;
        this.fencedGames = fencedGames;
        this.batchSize = properties.batchSize();
        this.linger = properties.linger();
        this.retryMax = properties.retryMax();
        // Each turn of the loop subscribes afresh, so the backoff starts again from its minimum after a write.
        this.transientRetry = Retry.backoff(Long.MAX_VALUE, properties.retryMin()).maxBackoff(properties.retryMax())
                .filter(error -> FailureKind.of(error) == FailureKind.TRANSIENT)
                .doBeforeRetry(signal -> log.warn("Journal: batch not written (" + reason(signal.failure()) + "); "
                        + queue.depth() + " entries waiting, attempt " + (signal.totalRetriesInARow() + 2)
                        + " after a backoff"));
    }

    Mono<Void> run(Scheduler scheduler) {
        return Mono.defer(queue::whenNotEmpty)
                .then(Mono.defer(this::gather))
                .publishOn(scheduler)
                .then(Mono.defer(this::writeOldest).retryWhen(transientRetry).onErrorResume(this::unexpected))
                .repeat()
                .then();
    }

    private Mono<Void> gather() {
        return linger.isZero() || queue.depth() >= batchSize ? Mono.empty() : Mono.delay(linger).then();
    }

    LastError lastError() {
        return lastError;
    }

    private Mono<Void> writeOldest() {
        List<JournalEntry> entries = queue.peek(suspects > 0 ? isolationLimit : batchSize);
        if (entries.isEmpty()) {
            return Mono.empty();
        }
        Batch batch = Batch.of(entries);
        long started = System.nanoTime();
        return statement.write(batch)
                .doOnNext(outcome -> committed(batch, outcome, Duration.ofNanos(System.nanoTime() - started)))
                .then()
                .onErrorResume(error -> failed(batch, error));
    }

    private void committed(Batch batch, BatchWritten outcome, Duration took) {
        metrics.batchCommitted(batch.size(), took, outcome.eventsWritten());
        if (suspects > 0) {
            suspects -= batch.size();
            if (suspects <= 0) {
                suspects = 0;
                log.info("Journal back to full batches after isolating a rejected entry");
            }
        }
        if (!outcome.fenced().isEmpty() || !outcome.missing().isEmpty()) {
            leftOut(batch, outcome);
        }
        queue.settle(batch.size());
    }

    private void leftOut(Batch batch, BatchWritten outcome) {
        int fencedEntries = 0;
        int missingEntries = 0;
        Set<String> fencedIds = new LinkedHashSet<>();
        Set<String> toTell = new LinkedHashSet<>();
        for (JournalEntry entry : batch.entries()) {
            if (outcome.isFenced(entry)) {
                fencedEntries++;
                fencedIds.add(entry.gameId());
                if (fencedNotified.add(BatchWritten.key(entry.gameId(), Batch.epochOf(entry)))) {
                    toTell.add(entry.gameId());
                }
            } else if (outcome.isMissing(entry)) {
                missingEntries++;
            }
        }
        if (fencedEntries > 0) {
            metrics.fenced(fencedEntries);
            log.warn("Journal: " + fencedEntries + " entries not written, this process no longer holds the lease of "
                    + fencedIds);
            toTell.forEach(fencedGames);
        }
        if (missingEntries > 0) {
            metrics.rejected(missingEntries);
            String message = missingEntries + " entries dropped: no games row for " + outcome.missing()
                    + " (its GameSaved was never offered or was rejected)";
            lastError = new LastError(message, Instant.now());
            log.error("Journal: " + message);
        }
    }

    private Mono<Void> failed(Batch batch, Throwable error) {
        lastError = new LastError(reason(error), Instant.now());
        if (FailureKind.of(error) == FailureKind.TRANSIENT) {
            metrics.transientFailure();
            return Mono.error(error); // taken again by transientRetry
        }
        if (batch.size() > 1) {
            if (suspects == 0) {
                suspects = batch.size();
            }
            isolationLimit = (batch.size() + 1) / 2;
            log.warn("Journal: PostgreSQL rejected a batch of " + batch.size() + " (" + reason(error)
                    + "); writing it in batches of " + isolationLimit + " to find the entry at fault");
            return Mono.empty();
        }
        JournalEntry bad = batch.entries().getFirst();
        metrics.rejected(1);
        suspects = Math.max(0, suspects - 1);
        log.error("Journal: DROPPED an entry of game " + bad.gameId() + " that PostgreSQL rejects: " + describe(bad)
                + " (" + reason(error) + ")");
        queue.settle(1);
        return Mono.empty();
    }

    private Mono<Void> unexpected(Throwable error) {
        lastError = new LastError(reason(error), Instant.now());
        log.error("Journal: unexpected failure in the writer, trying again in " + retryMax.toMillis() + " ms", error);
        return Mono.delay(retryMax).then();
    }

    private static String reason(Throwable error) {
        Throwable deepest = error;
        for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
            deepest = t;
            if (t instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null) {
                return r2dbc.getMessage() + " [SQLSTATE " + r2dbc.getSqlState() + "]";
            }
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }

    private static String describe(JournalEntry entry) {
        return switch (entry) {
            case GameSaved g -> "GameSaved version " + g.version() + " status " + g.status() + " epoch " + g.leaseEpoch();
            case EventAppended e -> "EventAppended version " + e.version() + " type " + e.type() + " epoch " + e.epoch();
            case GameFinished f -> "GameFinished players " + f.playerIds() + " winners " + f.winnerIds();
            case ChatSaid c -> "ChatSaid " + c.id() + " by " + c.playerId();
        };
    }
}
