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

/** Keeps this process's hosts honest while it runs. */
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

    Mono<Void> renew() {
        return Mono.defer(() -> {
            LeaseTerm term = LeaseTerm.startingNow(settings.leaseTerm());
            Map<String, Long> held = games.leasesToRenew();
            return leases.renew(held).doOnNext(renewal -> games.renewed(held, renewal, term)).then();
        });
    }

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
