package io.tilecast.play.hosting;

import io.tilecast.play.host.Eviction;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.LeaseTerm;
import io.tilecast.play.host.PlaySettings;
import io.tilecast.routing.Leases;
import java.time.Duration;
import java.util.Map;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/**
 * Keeps this process's hosts honest while it runs. Every third of the lease time it renews the
 * leases of the games in memory and still in play, which extends each host's term or, for a game
 * another machine took, evicts it at once. Every second it lets go of the games that are due to
 * leave memory (finished, idle, or past their term) and, once the journal has written what they
 * hold, releases their leases so any machine may take them at once. And every heartbeat period it
 * sends each live stream its ping, one task per event loop for all the streams it writes.
 */
public final class Housekeeping extends BackgroundLoops {

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

    private final HostedGames games;
    private final Leases leases;
    private final GameLog gameLog;
    private final PlaySettings settings;

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
    Disposable loops() {
        return Disposables.composite(
                every(settings.leaseTtl().dividedBy(3), renew(), "renew this machine's game leases"),
                every(SWEEP_EVERY, sweep(), "release the leases of games that left memory"),
                every(settings.heartbeat(), Mono.fromRunnable(games::heartbeat), "send the live streams' heartbeat"));
    }
}
