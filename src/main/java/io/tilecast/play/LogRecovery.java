package io.tilecast.play;

import io.tilecast.journal.EventLog;
import io.tilecast.routing.Leases;
import reactor.core.publisher.Mono;

/**
 * Recovers a game of this region after a restart or from a machine that stopped: claims its lease
 * (raising the epoch, which fences the previous host), then rebuilds it from its log on the primary.
 */
public final class LogRecovery implements GameRecovery {

    private final Leases leases;
    private final EventLog log;
    private final GameRebuild rebuild;
    private final GameLog gameLog;

    public LogRecovery(Leases leases, EventLog log, GameRebuild rebuild, GameLog gameLog) {
        this.leases = leases;
        this.log = log;
        this.rebuild = rebuild;
        this.gameLog = gameLog;
    }

    @Override
    public Mono<GameHost> recover(String gameId) {
        return leases.claim(gameId)
                .flatMap(epoch -> Mono.zip(log.game(gameId), log.read(gameId).collectList())
                        .map(stored -> rebuild.rebuild(stored.getT1(), stored.getT2(), epoch, gameLog)));
    }
}
