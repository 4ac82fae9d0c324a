package io.tilecast.rating;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records, every {@code tilecast.ratings.sweep-every}, the finished games the primary has not recorded, oldest first:
 * the games row is the durable "to rate".
 */
final class RatingSweep implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(RatingSweep.class);

    private final DatabaseClient primary;
    private final RatingLedger ledger;
    private final Duration every;
    private final int batch;
    private final Counter recorded;
    private Disposable loop;
    private boolean failing;

    RatingSweep(DatabaseClient primary, RatingLedger ledger, Duration every, int batch, MeterRegistry registry) {
        this.primary = primary;
        this.ledger = ledger;
        this.every = every;
        this.batch = batch;
        this.recorded = Counter.builder("tilecast.ratings.recorded")
                .description("Finished games recorded for their players by this machine").register(registry);
    }

    /** One sweep: how many games this machine recorded. */
    Mono<Long> sweep() {
        return primary.sql("""
                        SELECT id FROM games WHERE status = 'finished' AND recorded_at IS NULL
                        ORDER BY finished_at LIMIT $1""")
                .bind(0, batch)
                .map(row -> row.get("id", String.class))
                .all()
                .concatMap(ledger::record)
                .filter(Boolean::booleanValue)
                .count()
                .doOnNext(count -> {
                    recorded.increment(count);
                    failing = false;
                });
    }

    @Override
    public synchronized void start() {
        loop = Flux.interval(every, every)
                .onBackpressureDrop()
                .concatMap(tick -> sweep().onErrorResume(e -> {
                    if (!failing) {
                        log.warn("Could not record finished games (will try again every " + every + "): " + e);
                    }
                    failing = true;
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        if (loop != null) {
            loop.dispose();
            loop = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return loop != null;
    }
}
