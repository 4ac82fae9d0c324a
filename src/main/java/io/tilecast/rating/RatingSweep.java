package io.tilecast.rating;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Records, every {@code tilecast.ratings.sweep-every}, the finished games the primary has not recorded, oldest first,
 * {@code tilecast.ratings.sweep-batch} to a transaction: the games row is the durable "to rate".
 */
final class RatingSweep implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(RatingSweep.class);

    private final RatingLedger ledger;
    private final Duration every;
    private final int batch;
    private final Counter recorded;
    private Disposable loop;
    private boolean failing;

    RatingSweep(RatingLedger ledger, Duration every, int batch, MeterRegistry registry) {
        this.ledger = ledger;
        this.every = every;
        this.batch = batch;
        this.recorded = Counter.builder("tilecast.ratings.recorded")
                .description("Finished games recorded for their players by this machine").register(registry);
    }

    /** One sweep, a transaction per batch until a batch comes back short: how many games this machine recorded. */
    Mono<Long> sweep() {
        return ledger.recordOldest(batch)
                .expand(count -> count == batch ? ledger.recordOldest(batch) : Mono.empty())
                .reduce(0L, (sum, count) -> sum + count)
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
