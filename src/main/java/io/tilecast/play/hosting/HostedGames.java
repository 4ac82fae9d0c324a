package io.tilecast.play.hosting;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.computer.BotTurns;
import io.tilecast.play.host.Decision;
import io.tilecast.play.host.Eviction;
import io.tilecast.play.host.GameCommands;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.GameSetup;
import io.tilecast.play.host.Hosting;
import io.tilecast.play.host.LeaseTerm;
import io.tilecast.play.host.Outcome;
import io.tilecast.play.host.PlayMeters;
import io.tilecast.play.host.PlaySettings;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.ReconnectReason;
import io.tilecast.play.host.Status;
import io.tilecast.play.host.view.GameView;
import io.tilecast.routing.GameId;
import io.tilecast.routing.Renewal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

/**
 * The games this process hosts: created here, or recovered from the log once on first request, however
 * many ask at the same time. A game leaves memory once finished or idle, and at once when its lease is lost.
 */
public final class HostedGames {

    private static final Log log = LogFactory.getLog(HostedGames.class);

    private final Map<String, GameHost> hosts = new ConcurrentHashMap<>();
    private final Map<String, Mono<GameHost>> recovering = new ConcurrentHashMap<>();
    private final WaitingGames waiting = new WaitingGames();
    private final SecureRandom seeds = new SecureRandom();
    private final String region;
    private final String machineId;
    private final GameLog gameLog;
    private final GameRecovery recovery;
    private final PlaySettings settings;
    private final PlayMeters meters;
    private final Clock clock;
    private final Hosting hosting;
    private final GameCommands commands;
    private final Consumer<GameHost> whenHosted;
    private volatile boolean accepting = true;

    /** @param whenHosted told of every game this process starts hosting, created or recovered ({@link BotTurns}) */
    public HostedGames(String region, String machineId, GameLog gameLog, GameRecovery recovery, Hosting hosting,
                       Consumer<GameHost> whenHosted) {
        this.region = region;
        this.machineId = machineId;
        this.gameLog = gameLog;
        this.recovery = recovery;
        this.hosting = hosting;
        this.settings = hosting.settings();
        this.meters = hosting.meters();
        this.clock = hosting.clock();
        this.commands = new GameCommands(settings.moveLimit());
        this.whenHosted = whenHosted;
        if (settings.dealSeed() != null) {
            log.warn("tilecast.play.deal-seed is set: every game deals the same tiles, for load tests only");
        }
    }

    /** Creates a game in this region with the creator in seat 0; {@code timeControl} null makes it untimed. */
    public Outcome<GameHost> create(PlayerRef creator, int seats, Lexicon lexicon, TimeControl timeControl) {
        return create(creator, seats, lexicon, timeControl, newGameId(), null, ChallengeRule.VOID, false);
    }

    public Outcome<GameHost> create(PlayerRef creator, int seats, Lexicon lexicon, TimeControl timeControl,
                                    ChallengeRule challenge) {
        return create(creator, seats, lexicon, timeControl, newGameId(), null, challenge, false);
    }

    /** A fresh id for a game created on this machine. */
    public String newGameId() {
        return GameId.newIn(region, machineId).toString();
    }

    /**
     * Creates the game {@code id} (made by {@link #newGameId()}) in this region with the creator in seat 0, as a
     * rematch of {@code rematchOf} when that is not null; casual unless {@code rated}.
     */
    public Outcome<GameHost> create(PlayerRef creator, int seats, Lexicon lexicon, TimeControl timeControl, String id,
                                    String rematchOf, ChallengeRule challenge, boolean rated) {
        if (!accepting) {
            return Outcome.refused(RejectionCode.HOST_UNAVAILABLE);
        }
        if (waitingGamesOf(creator.id()) >= settings.waitingGames()) {
            return Outcome.refused(RejectionCode.TOO_MANY_WAITING_GAMES);
        }
        GameSetup setup = new GameSetup(id, region, creator, seats, lexicon, settings.deal(seeds),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), timeControl, rematchOf, challenge, rated, false);
        Decision.Changed created = commands.create(setup);
        GameHost host = hosting.host(created.next(), List.of(), 1L, gameLog);
        // The games row carries the lease and is written behind the answer; until then the id names this machine.
        host.holdLease(LeaseTerm.startingNow(settings.leaseTerm()));
        if (!host.recordCreation(created)) {
            return Outcome.refused(RejectionCode.JOURNAL_FULL);
        }
        keep(setup.id(), host);
        return Outcome.done(host);
    }

    /** The game if it is in memory here; no database access. */
    public Optional<GameHost> hosted(String id) {
        return Optional.ofNullable(hosts.get(id));
    }

    /** The game's host: in memory, or recovered from its log when its lease can be taken. */
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
                    if (recovered.status().over()) {
                        return;
                    }
                    keep(key, recovered);
                    log.info("Recovered game " + key + " at version " + recovered.version() + " (lease epoch "
                            + recovered.epoch() + ")");
                })
                .doOnTerminate(() -> recovering.remove(key))
                .cache());
    }

    private void keep(String id, GameHost host) {
        hosts.put(id, host);
        waiting.hosted(host);
        if (!accepting) { // shutdown's walk may have missed a host added meanwhile: one of the two closes it
            host.close(ReconnectReason.SHUTDOWN);
        }
        whenHosted.accept(host);
    }

    /** This process no longer holds the game's lease: stop hosting it; its watchers reconnect elsewhere. */
    public void evict(String id) {
        GameHost host = hosts.remove(id);
        if (host != null) {
            waiting.left(host);
            meters.evicted(Eviction.LEASE_LOST);
            host.close(ReconnectReason.HANDED_OVER);
            log.warn("Game " + id + " is no longer hosted here: its lease was taken by another machine");
        }
    }

    Map<String, Long> leasesToRenew() {
        Map<String, Long> held = new HashMap<>();
        hosts.forEach((id, host) -> {
            if (!host.status().over()) {
                held.put(id, host.epoch());
            }
        });
        return held;
    }

    void renewed(Map<String, Long> asked, Renewal renewal, LeaseTerm term) {
        for (String id : renewal.kept()) {
            heldAsAsked(id, asked).ifPresent(host -> host.holdLease(term));
        }
        for (String id : renewal.lost()) {
            heldAsAsked(id, asked).ifPresent(host -> evict(id));
        }
    }

    private Optional<GameHost> heldAsAsked(String id, Map<String, Long> asked) {
        return hosted(id).filter(host -> host.epoch() == asked.get(id));
    }

    boolean anyDueToLeave() {
        long now = System.nanoTime();
        return hosts.values().stream().anyMatch(host -> host.dueToLeave(now) != null);
    }

    Map<String, Long> sweep(Predicate<Eviction> reasons) {
        long now = System.nanoTime();
        Map<String, Long> released = new HashMap<>();
        hosts.forEach((id, host) -> {
            Eviction reason = host.retireIfDue(now, reasons);
            if (reason == null || !hosts.remove(id, host)) {
                return;
            }
            waiting.left(host);
            meters.evicted(reason);
            if (reason == Eviction.LEASE_OVER) {
                log.warn("Game " + id + " left memory: its lease ran out before it could be renewed");
            } else {
                released.put(id, host.epoch());
            }
        });
        return released;
    }

    void heartbeat() {
        hosts.values().forEach(GameHost::heartbeat);
    }

    void keepTime() {
        hosts.values().forEach(GameHost::keepTime);
    }

    /** Seats the player in the game, unless they already sit in as many waiting games as a player may. */
    public Outcome<GameView> join(GameHost host, PlayerRef player) {
        if (waitingGamesOf(player.id()) >= settings.waitingGames()) {
            return Outcome.refused(RejectionCode.TOO_MANY_WAITING_GAMES);
        }
        return host.join(player);
    }

    private long waitingGamesOf(String playerId) {
        return waiting.of(playerId);
    }

    /** Shutdown, first step: every stream gets {@code reconnect} and ends, so the web server can drain. */
    public void closeStreams() {
        accepting = false;
        hosts.values().forEach(host -> host.closeStreams(ReconnectReason.SHUTDOWN));
    }

    /** Shutdown, second step: no host takes another command; what they hold is in the journal. */
    public void stopCommands() {
        accepting = false;
        hosts.values().forEach(host -> host.close(ReconnectReason.SHUTDOWN));
    }

    public int size() {
        return hosts.size();
    }
}
