package io.tilecast.play;

import io.tilecast.routing.Leases;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps this process's hosts honest while it runs. Every third of the lease time it renews the
 * leases of the games in memory and still in play, which extends each host's term or, for a game
 * another machine took, evicts it at once. Every second it lets go of the games that are due to
 * leave memory (finished, idle, or past their term) and, once the journal has written what they
 * hold, releases their leases so any machine may take them at once.
 */
public final class Housekeeping implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(Housekeeping.class);
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

    private final HostedGames games;
    private final Leases leases;
    private final GameLog gameLog;
    private final PlaySettings settings;
    private Disposable.Composite loops;

    public Housekeeping(HostedGames games, Leases leases, GameLog gameLog, PlaySettings settings) {
        this.games = games;
        this.leases = leases;
        this.gameLog = gameLog;
        this.settings = settings;
    }

    /** One renewal of every lease held: the term it grants starts before the request is sent. */
    Mono<Void> renew() {
        return Mono.defer(() -> {
            LeaseTerm term = LeaseTerm.startingNow(settings.leaseTerm());
            Map<String, Long> held = games.leasesToRenew();
            return leases.renew(held).doOnNext(renewal -> games.renewed(held, renewal, term)).then();
        });
    }

    /**
     * One sweep. Games past their term leave at once: another machine may host them already. The
     * others leave only while the journal keeps up, and their leases are released only once it has
     * written what they hold, so a machine that takes one over finds its whole log.
     */
    Mono<Void> sweep() {
        return Mono.defer(() -> {
            games.sweep(Eviction.LEASE_OVER::equals);
            if (!games.anyDueToLeave()) {
                return Mono.empty();
            }
            return gameLog.flushed()
                    .then(Mono.fromSupplier(() -> games.sweep(reason -> true)))
                    .flatMap(released -> released.isEmpty() ? Mono.empty()
                            : gameLog.flushed().then(leases.release(released)))
                    .then();
        });
    }

    @Override
    public synchronized void start() {
        Duration renewEvery = settings.leaseTtl().dividedBy(3);
        loops = Disposables.composite(
                every(renewEvery, renew(), "renew this machine's game leases"),
                every(SWEEP_EVERY, sweep(), "release the leases of games that left memory"));
    }

    /** Runs {@code task} every {@code period}, one run at a time; a failed run is logged and the next one comes. */
    static Disposable every(Duration period, Mono<Void> task, String what) {
        return Flux.interval(period, period)
                .onBackpressureDrop()
                .concatMap(tick -> task.onErrorResume(e -> {
                    log.warn("Could not " + what + ": " + e.getMessage());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        if (loops != null) {
            loops.dispose();
            loops = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return loops != null;
    }

    /** Stops with the leases' release, after the journal has drained. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }
}
