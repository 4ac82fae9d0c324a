package io.tilecast.routing;

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
 * Which machine of a region hosts which game: a lease in the {@code games} row, claimed with one
 * conditional UPDATE on the primary, renewed in bulk while held, and released on shutdown so that
 * another machine can take the games at once. Each claim raises the lease epoch, which fences the
 * journal writes of any machine that held the game before.
 */
public final class Leases implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(Leases.class);

    private final DatabaseClient primary;
    private final FlyMachine machine;
    private final Duration ttl;
    private final MeterRegistry meters;
    private Disposable renewal;

    public Leases(DatabaseClient primary, FlyMachine machine, Duration ttl, MeterRegistry meters) {
        this.primary = primary;
        this.machine = machine;
        this.ttl = ttl;
        this.meters = meters;
    }

    /**
     * Takes the game for this machine if nobody holds a live lease on it (or this machine already
     * does). Gives the new lease epoch; empty when there is no such game in this region or another
     * machine holds it.
     */
    public Mono<Long> claim(String gameId) {
        return primary.sql("""
                        UPDATE games
                        SET host_machine = :machine, lease_epoch = lease_epoch + 1,
                            lease_expires_at = now() + make_interval(secs => :ttl)
                        WHERE id = :id AND region = :region
                          AND (host_machine IS NULL OR host_machine = :machine OR lease_expires_at < now())
                        RETURNING lease_epoch""")
                .bind("machine", machine.machineId())
                .bind("ttl", (double) ttl.toMillis() / 1000)
                .bind("id", gameId)
                .bind("region", machine.region())
                .map(row -> row.get("lease_epoch", Long.class))
                .one()
                .doOnNext(epoch -> meters.counter("tilecast.lease.claims", "outcome", "claimed").increment())
                .switchIfEmpty(Mono.fromRunnable(
                        () -> meters.counter("tilecast.lease.claims", "outcome", "refused").increment()));
    }

    /** Where the game's lease says it lives: the machine holding a live lease, or empty when none does. */
    public Mono<String> holder(String gameId) {
        return primary.sql("""
                        SELECT host_machine FROM games
                        WHERE id = :id AND host_machine IS NOT NULL AND lease_expires_at > now()""")
                .bind("id", gameId)
                .map(row -> row.get("host_machine", String.class))
                .one();
    }

    /** Locks the rows in id order, as the journal writes them, so renewal and journal never deadlock. */
    Mono<Long> renewAll() {
        return primary.sql("""
                        UPDATE games SET lease_expires_at = now() + make_interval(secs => :ttl)
                        WHERE id IN (SELECT id FROM games WHERE host_machine = :machine AND status <> 'finished'
                                     ORDER BY id FOR UPDATE)""")
                .bind("ttl", (double) ttl.toMillis() / 1000)
                .bind("machine", machine.machineId())
                .fetch().rowsUpdated();
    }

    Mono<Long> releaseAll() {
        return primary.sql("""
                        UPDATE games SET lease_expires_at = now()
                        WHERE id IN (SELECT id FROM games WHERE host_machine = :machine AND lease_expires_at > now()
                                     ORDER BY id FOR UPDATE)""")
                .bind("machine", machine.machineId())
                .fetch().rowsUpdated();
    }

    @Override
    public synchronized void start() {
        Duration every = ttl.dividedBy(3);
        renewal = Flux.interval(every, every)
                .onBackpressureDrop()
                .concatMap(tick -> renewAll().onErrorResume(e -> {
                    log.warn("Could not renew this machine's game leases: " + e.getMessage());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public synchronized void stop(Runnable done) {
        if (renewal != null) {
            renewal.dispose();
            renewal = null;
        }
        releaseAll().timeout(Duration.ofSeconds(5))
                .doOnNext(released -> log.info("Released " + released + " game leases"))
                .doOnError(e -> log.warn("Could not release game leases; they expire within " + ttl, e))
                .onErrorResume(e -> Mono.empty())
                .doFinally(signal -> done.run())
                .subscribe();
    }

    @Override
    public void stop() {
        stop(() -> { });
    }

    @Override
    public synchronized boolean isRunning() {
        return renewal != null;
    }

    /** After the journal has drained (it stops at DEFAULT_PHASE - 4096): releasing earlier could fork a log. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }
}
