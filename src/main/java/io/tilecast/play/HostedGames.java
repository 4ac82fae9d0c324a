package io.tilecast.play;

import io.tilecast.game.Lexicon;
import io.tilecast.routing.GameId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

/**
 * The games this process hosts. A game created here is hosted here; a game of this region that is
 * not in memory (after a restart, or taken over from a machine that stopped) is recovered from its
 * log on first request, once, however many requests ask for it at the same time.
 */
public final class HostedGames {

    private static final Log log = LogFactory.getLog(HostedGames.class);

    private final Map<String, GameHost> hosts = new ConcurrentHashMap<>();
    private final Map<String, Mono<GameHost>> recovering = new ConcurrentHashMap<>();
    private final SecureRandom seeds = new SecureRandom();
    private final String region;
    private final GameLog gameLog;
    private final GameRecovery recovery;
    private final PlaySettings settings;
    private final PlayMeters meters;
    private final Clock clock;
    private volatile boolean accepting = true;

    public HostedGames(String region, GameLog gameLog, GameRecovery recovery, PlaySettings settings,
                       PlayMeters meters, Clock clock) {
        this.region = region;
        this.gameLog = gameLog;
        this.recovery = recovery;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** Creates a game in this region with the creator in seat 0. */
    public Outcome<GameHost> create(PlayerRef creator, int seats, Lexicon lexicon) {
        if (!accepting) {
            return Outcome.refused(Refusal.HOST_CLOSED);
        }
        GameSetup setup = new GameSetup(GameId.newIn(region).toString(), region, creator, seats, lexicon, seeds.nextLong(),
                clock.instant());
        GameHost host = new GameHost(setup, 1L, Table.created(creator), gameLog, settings, meters);
        if (!host.recordCreation()) {
            return Outcome.refused(Refusal.JOURNAL_FULL);
        }
        keep(setup.id(), host);
        return Outcome.done(host);
    }

    /** The game if it is in memory here; no database access. */
    public Optional<GameHost> hosted(String id) {
        return Optional.ofNullable(hosts.get(id));
    }

    /** The game's host: in memory, or recovered from its log when its lease can be taken. Empty if there is no such game. */
    public Mono<GameHost> host(String id) {
        GameHost host = hosts.get(id);
        if (host != null) {
            return Mono.just(host);
        }
        if (!accepting) {
            return Mono.empty();
        }
        return recovering.computeIfAbsent(id, key -> recovery.recover(key)
                .doOnNext(recovered -> {
                    keep(key, recovered);
                    log.info("Recovered game " + key + " at version " + recovered.version() + " (lease epoch "
                            + recovered.epoch() + ")");
                })
                .doOnTerminate(() -> recovering.remove(key))
                .cache());
    }

    /**
     * Adds a host. One added while shutdown walks the hosts (it passed the {@code accepting} check
     * just before) may be missed by the walk, so it is closed here: one of the two always sees it.
     */
    private void keep(String id, GameHost host) {
        hosts.put(id, host);
        if (!accepting) {
            host.close("shutdown");
        }
    }

    /** This process no longer holds the game's lease: stop hosting it; its watchers reconnect elsewhere. */
    public void evict(String id) {
        GameHost host = hosts.remove(id);
        if (host != null) {
            host.close("moved");
            log.warn("Game " + id + " is no longer hosted here: its lease was taken by another machine");
        }
    }

    /** Shutdown, first step: every stream gets {@code reconnect} and ends, so the web server can drain. */
    public void closeStreams() {
        accepting = false;
        hosts.values().forEach(host -> host.closeStreams("shutdown"));
    }

    /** Shutdown, second step: no host takes another command; what they hold is in the journal. */
    public void stopCommands() {
        accepting = false;
        hosts.values().forEach(host -> host.close("shutdown"));
    }

    public int size() {
        return hosts.size();
    }
}
