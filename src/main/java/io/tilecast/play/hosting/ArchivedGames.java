package io.tilecast.play.hosting;

import io.tilecast.journal.EventLog;
import io.tilecast.journal.StoredGame;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.Hosting;
import io.tilecast.play.host.ReconnectReason;
import io.tilecast.play.host.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Games read without hosting them: rebuilt from the local database member for a read-only view (a game hosted in
 * another region or machine, or a finished one).
 */
public final class ArchivedGames {

    static final int KEPT_FINISHED = 256;

    private final EventLog localLog;
    private final GameRebuild rebuild;
    private final Hosting hosting;
    private final Map<String, GameHost> finished = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GameHost> eldest) {
            return size() > KEPT_FINISHED;
        }
    };

    public ArchivedGames(EventLog localLog, GameRebuild rebuild, Hosting hosting) {
        this.localLog = localLog;
        this.hosting = hosting;
        this.rebuild = rebuild;
    }

    /** A closed host for the game (it takes no commands), or empty when the local member has no such game. */
    public Mono<GameHost> find(String gameId) {
        return keptFinished(gameId).switchIfEmpty(Mono.defer(() -> localLog.game(gameId).flatMap(this::rebuilt)));
    }

    /** The same, for a finished game only: empty while the local member has it in play, or has no such game. */
    public Mono<GameHost> findFinished(String gameId) {
        return keptFinished(gameId).switchIfEmpty(Mono.defer(() -> localLog.game(gameId)
                .filter(game -> game.status().equals(Status.FINISHED.code())).flatMap(this::rebuilt)));
    }

    /** Keeps a finished game made on this machine, so that it is read from memory while the journal writes it. */
    void keep(GameHost host) {
        synchronized (finished) {
            finished.put(host.id(), host);
        }
    }

    private Mono<GameHost> keptFinished(String gameId) {
        return Mono.fromSupplier(() -> {
            synchronized (finished) {
                return finished.get(gameId);
            }
        });
    }

    private Mono<GameHost> rebuilt(StoredGame game) {
        return localLog.read(game.id()).collectList().map(events -> {
            GameHost host = rebuild.rebuild(game, events).hosted(hosting, 0L, GameLog.READ_ONLY);
            host.close(ReconnectReason.ARCHIVED);
            if (game.status().equals(Status.FINISHED.code()) && host.finished().isPresent()) {
                synchronized (finished) {
                    finished.put(game.id(), host);
                }
            }
            return host;
        });
    }
}
