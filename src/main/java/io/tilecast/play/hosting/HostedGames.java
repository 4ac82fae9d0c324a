package io.tilecast.play.hosting;

import io.tilecast.game.lexicon.Lexicon;
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
 * The games this process hosts. A game created here is hosted here; a game of this region that is
 * not in memory (after a restart, after it went idle, or taken over from a machine that stopped) is
 * recovered from its log on first request, once, however many requests ask for it at the same time.
 * A game leaves memory when it has finished, when nobody has used it for a while, and at once when
 * its lease is over or lost ({@link #sweep}, {@link #renewed}).
 */
public final class HostedGames {

    private static final Log log = LogFactory.getLog(HostedGames.class);

    private final Map<String, GameHost> hosts = new ConcurrentHashMap<>();
    private final Map<String, Mono<GameHost>> recovering = new ConcurrentHashMap<>();
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
    }

    /** Creates a game in this region with the creator in seat 0 and the default time control. */
    public Outcome<GameHost> create(PlayerRef creator, int seats, Lexicon lexicon) {
        return create(creator, seats, lexicon, TimeControl.DEFAULT);
    }

    /** Creates a game in this region with the creator in seat 0; {@code timeControl} null makes it untimed. */
    public Outcome<GameHost> create(PlayerRef creator, int seats, Lexicon lexicon, TimeControl timeControl) {
        return create(creator, seats, lexicon, timeControl, newGameId(), null);
    }

    /** A fresh id for a game created on this machine. */
    public String newGameId() {
        return GameId.newIn(region, machineId).toString();
    }

    /**
     * Creates the game {@code id} (made by {@link #newGameId()}) in this region with the creator in
     * seat 0, as a rematch of {@code rematchOf} when that is not null.
     */
    public Outcome<GameHost> create(PlayerRef creator, int seats, Lexicon lexicon, TimeControl timeControl, String id,
                                    String rematchOf) {
        if (!accepting) {
            return Outcome.refused(RejectionCode.HOST_UNAVAILABLE);
        }
        if (waitingGamesOf(creator.id()) >= settings.waitingGames()) {
            return Outcome.refused(RejectionCode.TOO_MANY_WAITING_GAMES);
        }
        GameSetup setup = new GameSetup(id, region, creator, seats, lexicon,
                seeds.nextLong(), clock.instant().truncatedTo(ChronoUnit.MILLIS), timeControl, rematchOf);
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

    /**
     * The game's host: in memory, or recovered from its log when its lease can be taken. A finished
     * game is read back without a lease and not kept. Empty if there is no such game.
     */
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
                    if (recovered.status() == Status.FINISHED) {
                        return;
                    }
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
            host.close(ReconnectReason.SHUTDOWN);
        }
        whenHosted.accept(host);
    }

    /** This process no longer holds the game's lease: stop hosting it; its watchers reconnect elsewhere. */
    public void evict(String id) {
        GameHost host = hosts.remove(id);
        if (host != null) {
            meters.evicted(Eviction.LEASE_LOST);
            host.close(ReconnectReason.HANDED_OVER);
            log.warn("Game " + id + " is no longer hosted here: its lease was taken by another machine");
        }
    }

    /** The games whose lease this process renews (id to lease epoch): those in memory and not finished. */
    Map<String, Long> leasesToRenew() {
        Map<String, Long> held = new HashMap<>();
        hosts.forEach((id, host) -> {
            if (host.status() != Status.FINISHED) {
                held.put(id, host.epoch());
            }
        });
        return held;
    }

    /**
     * A renewal of {@code asked} (id to epoch), begun when {@code term} began, came back: the games it
     * kept may be acted on until the term is over; those it lost leave memory at once.
     */
    void renewed(Map<String, Long> asked, Renewal renewal, LeaseTerm term) {
        for (String id : renewal.kept()) {
            heldAsAsked(id, asked).ifPresent(host -> host.holdLease(term));
        }
        for (String id : renewal.lost()) {
            heldAsAsked(id, asked).ifPresent(host -> evict(id));
        }
    }

    /** The host of the game, unless it has changed since the renewal asked (it left, or was claimed again). */
    private Optional<GameHost> heldAsAsked(String id, Map<String, Long> asked) {
        return hosted(id).filter(host -> host.epoch() == asked.get(id));
    }

    /** Whether any game is due to leave memory. */
    boolean anyDueToLeave() {
        long now = System.nanoTime();
        return hosts.values().stream().anyMatch(host -> host.dueToLeave(now) != null);
    }

    /**
     * Lets go of every game that is due to leave memory for one of the given reasons
     * ({@link GameHost#dueToLeave}). Gives the finished and idle ones (id to epoch), whose leases
     * are to be released once the journal has written what they hold.
     */
    Map<String, Long> sweep(Predicate<Eviction> reasons) {
        long now = System.nanoTime();
        Map<String, Long> released = new HashMap<>();
        hosts.forEach((id, host) -> {
            Eviction reason = host.retireIfDue(now, reasons);
            if (reason == null || !hosts.remove(id, host)) {
                return;
            }
            meters.evicted(reason);
            if (reason == Eviction.LEASE_OVER) {
                log.warn("Game " + id + " left memory: its lease ran out before it could be renewed");
            } else {
                released.put(id, host.epoch());
            }
        });
        return released;
    }

    /** A heartbeat on every live stream of the games in memory. */
    void heartbeat() {
        hosts.values().forEach(GameHost::heartbeat);
    }

    /** Times out, in every game in memory, the players whose time is up. */
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

    /** How many games in memory seat this player and wait for their start. */
    private long waitingGamesOf(String playerId) {
        return hosts.values().stream().filter(host -> host.waitsWith(playerId)).count();
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
