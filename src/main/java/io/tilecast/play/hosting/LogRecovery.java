package io.tilecast.play.hosting;

import io.tilecast.journal.EventLog;
import io.tilecast.journal.StoredGame;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.Hosting;
import io.tilecast.play.host.LeaseTerm;
import io.tilecast.play.host.Status;
import io.tilecast.routing.Leases;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Recovers a game of this region after a restart, after it went idle, or from a machine that stopped: claims its lease
 * (raising the epoch, which fences the previous host), then rebuilds it from its log on the primary.
 */
public final class LogRecovery implements GameRecovery {

    private final Leases leases;
    private final EventLog log;
    private final GameRebuild rebuild;
    private final GameLog gameLog;
    private final Hosting hosting;
    private final Duration leaseTerm;

    public LogRecovery(Leases leases, EventLog log, GameRebuild rebuild, GameLog gameLog, Hosting hosting,
                       Duration leaseTerm) {
        this.leases = leases;
        this.hosting = hosting;
        this.log = log;
        this.rebuild = rebuild;
        this.gameLog = gameLog;
        this.leaseTerm = leaseTerm;
    }

    @Override
    public Mono<GameHost> recover(String gameId) {
        return gameLog.flushed()
                .then(log.game(gameId))
                .flatMap(game -> over(game.status())
                        ? log.read(gameId).collectList().map(events -> rebuild.rebuild(game, events).hosted(hosting, 0L, GameLog.READ_ONLY))
                        : claimed(game));
    }

    /** A finished or cancelled game never changes again: it is read, never claimed. */
    private static boolean over(String status) {
        return status.equals(Status.FINISHED.code()) || status.equals(Status.CANCELLED.code());
    }

    private Mono<GameHost> claimed(StoredGame game) {
        return Mono.defer(() -> {
            LeaseTerm term = LeaseTerm.startingNow(leaseTerm);
            return leases.claim(game.id())
                    .switchIfEmpty(Mono.error(() -> new LeaseHeldElsewhere(game.id())))
                    .flatMap(epoch -> log.read(game.id()).collectList()
                            .map(events -> rebuild.rebuild(game, events).hosted(hosting, epoch, gameLog)))
                    .doOnNext(host -> host.holdLease(term));
        });
    }
}
