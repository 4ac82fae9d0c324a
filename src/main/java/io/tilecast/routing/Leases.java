package io.tilecast.routing;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * Which machine of a region hosts which game: a lease in the {@code games} row, claimed with one conditional UPDATE on
 * the primary, renewed in bulk while held (by the hosts' upkeep), and released when a game leaves memory and on
 * shutdown, so that another machine can take it at once.
 */
public final class Leases implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(Leases.class);

    /** The longest shutdown waits to release this machine's leases; fly.toml's kill_timeout counts it. */
    public static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(5);

    private final DatabaseClient primary;
    private final FlyMachine machine;
    private final Duration ttl;
    private final MeterRegistry meters;
    private boolean running;

    public Leases(DatabaseClient primary, FlyMachine machine, Duration ttl, MeterRegistry meters) {
        this.primary = primary;
        this.machine = machine;
        this.ttl = ttl;
        this.meters = meters;
        // Registered up front, so that an alert on a rise finds a series at zero rather than none.
        for (String outcome : new String[] {"claimed", "refused", "failed"}) {
            meters.counter("tilecast.lease.claims", "outcome", outcome);
        }
        for (String outcome : new String[] {"kept", "lost"}) {
            meters.counter("tilecast.lease.renewals", "outcome", outcome);
        }
    }

    /** Takes the game for this machine if nobody holds a live lease on it (or this machine already does). */
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
                        () -> meters.counter("tilecast.lease.claims", "outcome", "refused").increment()))
                .doOnError(e -> meters.counter("tilecast.lease.claims", "outcome", "failed").increment());
    }

    /** Who holds the game's lease, live or not; empty when the game has no row yet. */
    public Mono<LeaseHolder> holder(String gameId) {
        return primary.sql("""
                        SELECT host_machine, (host_machine IS NOT NULL AND lease_expires_at > now()) AS live
                        FROM games WHERE id = $1""")
                .bind(0, gameId)
                .map(row -> new LeaseHolder(row.get("host_machine", String.class),
                        Boolean.TRUE.equals(row.get("live", Boolean.class))))
                .one();
    }

    /**
     * Renews the leases this machine holds on the given games (id to epoch), and says which it kept, which another
     * machine took (or a later claim of this one fenced), and which have no row yet (created here, not yet written by
     * the journal).
     */
    public Mono<Renewal> renew(Map<String, Long> held) {
        if (held.isEmpty()) {
            return Mono.just(new Renewal(Set.of(), Set.of()));
        }
        return primary.sql("""
                        WITH held AS (SELECT * FROM unnest($1::text[], $2::bigint[]) AS h(id, epoch)),
                        renewed AS (
                            UPDATE games SET lease_expires_at = now() + make_interval(secs => $3)
                            WHERE id IN (SELECT g.id FROM games g JOIN held h ON h.id = g.id AND h.epoch = g.lease_epoch
                                         WHERE g.host_machine = $4 ORDER BY g.id FOR UPDATE OF g)
                            RETURNING id)
                        SELECT h.id, r.id IS NOT NULL AS kept
                        FROM held h LEFT JOIN renewed r ON r.id = h.id LEFT JOIN games g ON g.id = h.id
                        WHERE r.id IS NOT NULL OR g.id IS NOT NULL""")
                .bind(0, held.keySet().toArray(String[]::new))
                .bind(1, held.values().toArray(Long[]::new))
                .bind(2, (double) ttl.toMillis() / 1000)
                .bind(3, machine.machineId())
                .map(row -> Map.entry(row.get("id", String.class), Boolean.TRUE.equals(row.get("kept", Boolean.class))))
                .all()
                .collect(Collectors.partitioningBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toSet())))
                .map(byKept -> {
                    Renewal renewal = new Renewal(byKept.get(true), byKept.get(false));
                    meters.counter("tilecast.lease.renewals", "outcome", "kept").increment(renewal.kept().size());
                    meters.counter("tilecast.lease.renewals", "outcome", "lost").increment(renewal.lost().size());
                    return renewal;
                });
    }

    /** Gives up this machine's leases on the given games (id to epoch), so any machine may claim them at once. */
    public Mono<Long> release(Map<String, Long> games) {
        if (games.isEmpty()) {
            return Mono.just(0L);
        }
        return primary.sql("""
                        UPDATE games SET lease_expires_at = now()
                        WHERE id IN (SELECT g.id FROM games g
                                     JOIN unnest($1::text[], $2::bigint[]) AS r(id, epoch)
                                       ON r.id = g.id AND r.epoch = g.lease_epoch
                                     WHERE g.host_machine = $3 AND g.lease_expires_at > now()
                                     ORDER BY g.id FOR UPDATE OF g)""")
                .bind(0, games.keySet().toArray(String[]::new))
                .bind(1, games.values().toArray(Long[]::new))
                .bind(2, machine.machineId())
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
        running = true;
    }

    @Override
    public synchronized void stop(Runnable done) {
        running = false;
        releaseAll().timeout(RELEASE_TIMEOUT)
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
        return running;
    }

    /** After the journal has drained (it stops at DEFAULT_PHASE - 4096): releasing earlier could fork a log. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }
}
