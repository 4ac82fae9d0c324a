package io.tilecast.play;

import io.tilecast.game.GameClock;
import io.tilecast.game.GameState;
import io.tilecast.game.Move;
import io.tilecast.game.MoveOutcome;
import io.tilecast.game.Turn;
import io.tilecast.play.view.ClockView;
import io.tilecast.play.view.GameView;
import io.tilecast.play.view.LiveEvents;
import io.tilecast.play.view.MoveAck;
import io.tilecast.play.view.ResultView;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/**
 * The single writer of one live game. Commands are applied one at a time: the lock is held only
 * while the rules run in memory and the change is handed to the journal's queue and to the
 * audience's queues — never across I/O, never waiting for a watcher — so a command is
 * answered in microseconds, before PostgreSQL or any watcher has seen it.
 */
public final class GameHost {

    private final GameSetup setup;
    private final long epoch;
    private final RecentEvents recent;
    private final Audience audience;
    private final ReentrantLock lock = new ReentrantLock();
    private final PlayMeters meters;
    private final Tenure tenure;
    private final Clock clock;
    private final GameClock gameClock;
    private GameLog log;
    private Table table;
    private boolean closed;
    private Runnable afterEachChange = () -> { };

    GameHost(GameSetup setup, long epoch, Table table, GameLog log, PlaySettings settings, PlayMeters meters,
             Clock clock) {
        this.setup = setup;
        this.clock = clock;
        this.gameClock = setup.clock() == null ? GameClock.untimed(settings.moveLimit()) : GameClock.timed(setup.clock());
        this.epoch = epoch;
        this.table = table;
        this.log = log;
        this.meters = meters;
        this.tenure = new Tenure(settings);
        this.recent = new RecentEvents(settings.resumeBuffer());
        this.audience = new Audience(settings.watcherBuffer(), meters);
    }

    public GameSetup setup() {
        return setup;
    }

    /**
     * Runs {@code listener} after every change from now on, under the lock, once the change is
     * made: it must only look and hand work elsewhere ({@link BotTurns}).
     */
    void afterEachChange(Runnable listener) {
        locked(() -> afterEachChange = listener);
    }

    /** The player whose turn it is, while the game is being played. */
    Optional<PlayerRef> toMove() {
        return locked(() -> table.status() == Status.ACTIVE
                ? Optional.of(table.players().get(table.state().toMove())) : Optional.empty());
    }

    /** From now on changes go to this log (a rebuilt host replays its history without logging it again). */
    void logTo(GameLog next) {
        locked(() -> log = next);
    }

    int version() {
        return locked(() -> table.version());
    }

    PlayerRef player(int seat) {
        return locked(() -> table.players().get(seat));
    }

    public String id() {
        return setup.id();
    }

    /** Runs an action as the game's only writer: one at a time, in memory, never across I/O. */
    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    public long epoch() {
        return epoch;
    }

    /** The host may act on its lease until this term is over; then it refuses commands and leaves memory. */
    void holdLease(LeaseTerm granted) {
        tenure.grant(granted);
    }

    /**
     * Whether commands are taken: not closed, and the lease still this host's to act on. The first
     * command past the term closes the host, so no version is acknowledged once another machine
     * may have claimed the game.
     */
    private boolean taking() {
        tenure.used(System.nanoTime());
        if (!closed && tenure.leaseOver()) {
            closed = true;
            audience.closeAll(reconnect("moved"));
        }
        return !closed;
    }

    /** Why this host should leave memory at {@code now} (System.nanoTime), or null while it stays ({@link Tenure}). */
    Eviction dueToLeave(long now) {
        return locked(() -> closed ? null : tenure.due(now, audience.size() > 0));
    }

    /** Closes the host if it is due to leave memory for one of the given reasons; gives the reason, or null. */
    Eviction retireIfDue(long now, Predicate<Eviction> reasons) {
        return locked(() -> {
            Eviction due = dueToLeave(now);
            if (due == null || !reasons.test(due)) {
                return null;
            }
            closed = true;
            audience.closeAll(reconnect("moved"));
            return due;
        });
    }

    public Status status() {
        return locked(() -> table.status());
    }

    /** Now, to the millisecond: what the log records is exactly what a rebuild computes with. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Records the creation (version 1). False when the journal cannot take it. */
    boolean recordCreation() {
        lock.lock();
        try {
            LoggedEvent created = new LoggedEvent(1, "created", new LoggedEvent.Created(setup.seatCount(),
                    setup.creator(), setup.lexicon().name(), setup.clock(), setup.rematchOf()), setup.createdAt());
            if (!log.record(setup, epoch, table, List.of(created))) {
                return false;
            }
            recent.add(GameEvent.shared(1, "created", new LiveEvents.Joined(1, 0, setup.creator())));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the game waits for its start with this player in a seat. */
    boolean waitsWith(String playerId) {
        return locked(() -> table.status() == Status.WAITING && table.seatOf(playerId).isPresent());
    }

    /**
     * Runs a command as the game's only writer, once the host is known to still take commands: the
     * check and the change happen under one hold of the lock, so no command slips past a closing host.
     */
    private <T> Outcome<T> command(Supplier<Outcome<T>> command) {
        return locked(() -> taking() ? command.get() : Outcome.refused(RefusalCode.HOST_UNAVAILABLE));
    }

    public Outcome<GameView> join(PlayerRef player) {
        return join(player, now());
    }

    Outcome<GameView> join(PlayerRef player, Instant at) {
        return command(() -> {
            if (table.seatOf(player.id()).isPresent()) {
                return Outcome.refused(RefusalCode.ALREADY_SEATED);
            }
            if (table.status() != Status.WAITING) {
                return Outcome.refused(RefusalCode.GAME_STARTED);
            }
            if (table.players().size() >= setup.seatCount()) {
                return Outcome.refused(RefusalCode.GAME_FULL);
            }
            List<PlayerRef> players = new ArrayList<>(table.players());
            players.add(player);
            int version = table.version() + 1;
            Table next = new Table(players, version, null);
            int seat = players.size() - 1;
            LoggedEvent joined = new LoggedEvent(version, "joined", new LoggedEvent.Joined(seat, player), at);
            if (!commit(next, List.of(joined),
                    List.of(GameEvent.shared(version, "joined", new LiveEvents.Joined(version, seat, player))))) {
                return Outcome.refused(RefusalCode.JOURNAL_FULL);
            }
            return Outcome.done(GameViews.game(setup, next, Viewer.seat(seat)));
        });
    }

    public Outcome<GameView> start(PlayerRef caller) {
        return start(caller, now());
    }

    /** Starts the game at {@code at}: seat 0's clock runs from then. */
    Outcome<GameView> start(PlayerRef caller, Instant at) {
        return command(() -> {
            if (!setup.creator().id().equals(caller.id())) {
                return Outcome.refused(RefusalCode.NOT_CREATOR);
            }
            if (table.status() != Status.WAITING) {
                return Outcome.refused(RefusalCode.GAME_STARTED);
            }
            if (table.players().size() < 2) {
                return Outcome.refused(RefusalCode.NOT_ENOUGH_PLAYERS);
            }
            int version = table.version() + 1;
            GameState state = GameState.start(setup.seed(), table.players().size(), setup.lexicon(), gameClock, at);
            Table next = new Table(table.players(), version, state);
            LoggedEvent started = new LoggedEvent(version, "started", new LoggedEvent.Started(state.seats()), at);
            if (!commit(next, List.of(started), List.of(GameViews.started(setup, next)))) {
                return Outcome.refused(RefusalCode.JOURNAL_FULL);
            }
            return Outcome.done(GameViews.game(setup, next, next.viewerOf(caller)));
        });
    }

    /** Applies a move by the calling player, if {@code seenVersion} is still the game's version. */
    public Outcome<MoveAck> move(PlayerRef caller, int seenVersion, Move move) {
        return move(caller, seenVersion, move, now());
    }

    /**
     * The same, made at {@code at}. A seat whose time ran out before is timed out first, so a move
     * that comes too late finds the game moved on (or over) however soon the timer fires.
     */
    Outcome<MoveAck> move(PlayerRef caller, int seenVersion, Move move, Instant at) {
        return command(() -> {
            if (!timedOutBy(at)) {
                return Outcome.refused(RefusalCode.JOURNAL_FULL);
            }
            OptionalInt seat = table.seatOf(caller.id());
            if (seat.isEmpty()) {
                return Outcome.refused(RefusalCode.NOT_SEATED);
            }
            if (table.status() != Status.ACTIVE) {
                return Outcome.refused(RefusalCode.GAME_NOT_ACTIVE);
            }
            if (seenVersion != table.version()) {
                return Outcome.refused(RefusalCode.STALE_VERSION);
            }
            return switch (table.state().apply(seat.getAsInt(), move, at)) {
                case MoveOutcome.Rejected rejected -> Outcome.refused(Refusal.of(rejected.rejection()));
                case MoveOutcome.Accepted accepted -> {
                    int version = table.version() + 1;
                    LoggedEvent moved = new LoggedEvent(version, "moved",
                            new LoggedEvent.Moved(seat.getAsInt(), MoveCommand.of(move), accepted.turn().score()), at);
                    if (!applied(accepted, moved, at)) {
                        yield Outcome.refused(RefusalCode.JOURNAL_FULL);
                    }
                    Turn turn = accepted.turn();
                    yield Outcome.done(new MoveAck(table.version(), turn.score(), turn.words(), turn.bingo(),
                            accepted.next().rack(seat.getAsInt()).tiles(), accepted.next().finished()));
                }
            };
        });
    }

    /** Whether the seat to move has run out of time at {@code now} (read without counting as a use of the game). */
    boolean outOfTime(Instant now) {
        return locked(() -> !closed && table.status() == Status.ACTIVE && table.state().clock().timedOut(now));
    }

    /**
     * The timer: times out every seat whose time is up at the current instant, one after another
     * (after a long pause more than one may be). False when one was due and the journal could not take it.
     */
    boolean keepTime() {
        Instant now = now();
        if (!outOfTime(now)) {
            return true; // a look that is not a use: an idle game still leaves memory
        }
        Outcome<Boolean> outcome;
        do {
            outcome = timeOut(now);
        } while (outcome instanceof Outcome.Done<Boolean> done && done.value());
        return outcome instanceof Outcome.Done<Boolean>;
    }

    /**
     * Times out the seat to move if its time is up at {@code at}: done(true) when it did, done(false)
     * when nobody was out of time. One seat at a time, as the log records them.
     */
    Outcome<Boolean> timeOut(Instant at) {
        return command(() -> {
            if (!dueAt(at)) {
                return Outcome.done(false);
            }
            return timeOutOne(at) ? Outcome.done(true) : Outcome.refused(RefusalCode.JOURNAL_FULL);
        });
    }

    private boolean dueAt(Instant at) {
        return table.status() == Status.ACTIVE && table.state().clock().timedOut(at);
    }

    /** Applies every timeout due at {@code at}; false only when one was due and the journal could not take it. */
    private boolean timedOutBy(Instant at) {
        while (dueAt(at)) {
            if (!timeOutOne(at)) {
                return false;
            }
        }
        return true;
    }

    private boolean timeOutOne(Instant at) {
        MoveOutcome.Accepted accepted = (MoveOutcome.Accepted) table.state().timeOut();
        int version = table.version() + 1;
        LoggedEvent timedOut = new LoggedEvent(version, "timeout", new LoggedEvent.TimedOut(accepted.turn().seat()), at);
        return applied(accepted, timedOut, at);
    }

    /** Commits an accepted turn logged as {@code turnEvent}, with the end of the game one version later when it ends it. */
    private boolean applied(MoveOutcome.Accepted accepted, LoggedEvent turnEvent, Instant at) {
        Turn turn = accepted.turn();
        int turnVersion = turnEvent.version();
        boolean over = accepted.next().finished();
        int version = over ? turnVersion + 1 : turnVersion;
        Table next = new Table(table.players(), version, accepted.next());
        List<LoggedEvent> logged = new ArrayList<>(2);
        List<GameEvent> events = new ArrayList<>(2);
        logged.add(turnEvent);
        events.add(GameViews.moved(next, turn, turnVersion));
        if (over) {
            ResultView result = ResultView.of(accepted.next().result().orElseThrow());
            ClockView stopped = ClockView.of(accepted.next().clock());
            logged.add(new LoggedEvent(version, "ended", new LoggedEvent.Ended(result), at));
            events.add(GameEvent.shared(version, "ended", new LiveEvents.Ended(version, result, stopped)));
        }
        return commit(next, logged, events);
    }

    /** Journal first: a change the journal cannot take is not made, so nothing acknowledged is ever dropped. */
    private boolean commit(Table next, List<LoggedEvent> logged, List<GameEvent> events) {
        if (!log.record(setup, epoch, next, logged)) {
            return false;
        }
        table = next;
        for (GameEvent event : events) {
            recent.add(event);
            audience.publish(event);
        }
        if (next.status() == Status.FINISHED) {
            // Every stream ends after its 'ended' event; a browser that reconnects is told 204.
            tenure.finished(System.nanoTime());
            audience.closeAll(null);
        }
        afterEachChange.run();
        return true;
    }

    /** The game as this caller (a player, or null for a spectator) may see it now. */
    public GameView view(PlayerRef caller) {
        return locked(() -> GameViews.game(setup, table, table.viewerOf(caller)));
    }

    /** The history of a finished game, with each turn's version, for its review; empty until it is over. */
    Optional<Table> finished() {
        return locked(() -> table.status() == Status.FINISHED ? Optional.of(table) : Optional.empty());
    }

    /** The game in GCG: without racks while it is played, with them once it is finished. */
    public String gcg() {
        return locked(() -> GameViews.gcg(table));
    }

    /**
     * The caller's live stream: the events after {@code lastEventId} when they are all still held,
     * else a snapshot; then every event as it happens, handed over on the audience's own thread.
     */
    public Flux<Delivery> events(PlayerRef caller, OptionalInt lastEventId) {
        return events(caller, lastEventId, StreamLine.NONE);
    }

    /**
     * The same, handed over on the thread of the stream's {@code line} (its connection's event
     * loop), so that one task there hands an event to every stream it writes.
     */
    public Flux<Delivery> events(PlayerRef caller, OptionalInt lastEventId, StreamLine line) {
        return Flux.defer(() -> locked(() -> {
            Viewer viewer = table.viewerOf(caller);
            if (table.status() == Status.FINISHED) {
                return Flux.fromIterable(backlog(viewer, lastEventId));
            }
            if (closed) {
                return Flux.just(reconnect("moved"));
            }
            return audience.join(viewer, backlog(viewer, lastEventId), table.version(), line);
        }));
    }

    /**
     * Whether the caller has seen all there will ever be: the game is finished and
     * {@code lastEventId} is at or past its last version. Such a stream is answered 204, which
     * tells a browser's EventSource to stop reconnecting.
     */
    public boolean seenToTheEnd(OptionalInt lastEventId) {
        return locked(() -> table.status() == Status.FINISHED && lastEventId.isPresent()
                && lastEventId.getAsInt() >= table.version());
    }

    /** The events after {@code lastEventId} when they are all still held, else a snapshot. */
    private List<Delivery> backlog(Viewer viewer, OptionalInt lastEventId) {
        List<Delivery> backlog = lastEventId.isPresent()
                ? recent.after(lastEventId.getAsInt(), table.version(), viewer).orElse(null)
                : null;
        return backlog != null ? backlog
                : List.of(new Delivery("snapshot", table.version(), GameViews.game(setup, table, viewer)));
    }

    /** Stops taking commands and tells every watcher to reconnect (shutdown, or the lease was lost). */
    public void close(String reason) {
        locked(() -> {
            closed = true;
            audience.closeAll(reconnect(reason));
            return null;
        });
    }

    /** Tells every watcher to reconnect without closing the game (streams drained before shutdown). */
    public void closeStreams(String reason) {
        locked(() -> {
            audience.closeAll(reconnect(reason));
            return null;
        });
    }

    /** A heartbeat for every stream of this game: no lock, it orders nothing. */
    void heartbeat() {
        audience.heartbeat();
    }

    public int watchers() {
        return audience.size();
    }

    private Delivery reconnect(String reason) {
        return new Delivery("reconnect", table.version(), new LiveEvents.Reconnect(table.version(), reason));
    }

}