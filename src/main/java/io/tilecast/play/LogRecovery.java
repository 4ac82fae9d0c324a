package io.tilecast.play;

import io.tilecast.journal.EventLog;
import io.tilecast.journal.StoredEvent;
import io.tilecast.journal.StoredGame;
import io.tilecast.routing.Leases;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Recovers a game of this region after a restart or from a machine that stopped: claims its lease
 * (raising the epoch, which fences the previous host), then rebuilds it from its log on the primary.
 */
public final class LogRecovery implements GameRecovery {

    private final Leases leases;
    private final EventLog log;
    private final Lexicons lexicons;
    private final GameRebuild rebuild;
    private final GameLog gameLog;

    public LogRecovery(Leases leases, EventLog log, Lexicons lexicons, GameRebuild rebuild, GameLog gameLog) {
        this.leases = leases;
        this.log = log;
        this.lexicons = lexicons;
        this.rebuild = rebuild;
        this.gameLog = gameLog;
    }

    @Override
    public Mono<GameHost> recover(String gameId) {
        return leases.claim(gameId)
                .flatMap(epoch -> Mono.zip(log.game(gameId), log.read(gameId).collectList())
                        .map(stored -> rebuild(stored.getT1(), stored.getT2(), epoch)));
    }

    private GameHost rebuild(StoredGame game, List<StoredEvent> events, long epoch) {
        return rebuild(rebuild, lexicons, game, events, epoch, gameLog);
    }

    static GameHost rebuild(GameRebuild rebuild, Lexicons lexicons, StoredGame game, List<StoredEvent> events,
                            long epoch, GameLog gameLog) {
        var lexicon = lexicons.named(game.lexicon()).orElseThrow(() -> new IllegalStateException(
                "Game " + game.id() + " is played with lexicon '" + game.lexicon() + "', which this server lacks"));
        return rebuild.rebuild(game.id(), game.region(), game.seatCount(), lexicon, game.seed(), game.createdAt(), epoch,
                events.stream().map(e -> new GameRebuild.Logged(e.version(), e.type(), e.payloadJson())).toList(),
                gameLog);
    }
}
