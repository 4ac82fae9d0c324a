package io.tilecast.play.host;

import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.play.host.view.GameView;
import io.tilecast.play.host.view.LiveEvents;
import io.tilecast.play.host.view.MoveAck;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/**
 * The single writer of one live game: under its lock it asks {@link GameCommands} for a decision, hands the change to
 * the log, then to the streams, never across I/O and never waiting for a watcher.
 */
public final class GameHost {

    private final GameCommands commands;
    private final long epoch;
    private final GameStreams streams;
    private final ReentrantLock lock = new ReentrantLock();
    private final Tenure tenure;
    private final GameLog log;
    private Table table;
    private boolean closed;
    private Runnable afterEachChange = () -> { };

    GameHost(Table table, List<GameEvent> history, long epoch, GameLog log, PlaySettings settings, PlayMeters meters,
             Clock clock, Predicate<String> attended) {
        this.commands = new GameCommands(settings.moveLimit());
        this.table = table;
        this.epoch = epoch;
        this.log = log;
        this.tenure = new Tenure(settings);
        this.streams = new GameStreams(settings, meters, history, clock, table, attended, log);
    }

    public GameSetup setup() {
        return table.setup();
    }

    public String id() {
        return table.setup().id();
    }

    public long epoch() {
        return epoch;
    }

    /** Runs {@code listener} under the lock after every change from now on; it must only look and hand work on. */
    public void afterEachChange(Runnable listener) {
        locked(() -> afterEachChange = listener);
    }

    /** The player whose turn it is, while the game is being played. */
    public Optional<PlayerRef> toMove() {
        return locked(() -> table.status() == Status.ACTIVE
                ? Optional.of(table.players().get(table.state().toMove())) : Optional.empty());
    }

    public int version() {
        return locked(() -> table.version());
    }

    public Status status() {
        return locked(() -> table.status());
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** The host may act on its lease until this term is over; then it refuses commands and leaves memory. */
    public void holdLease(LeaseTerm granted) {
        tenure.grant(granted);
    }

    private boolean taking() {
        tenure.used(System.nanoTime());
        if (!closed && tenure.leaseOver()) {
            closed = true;
            streams.closeAll(table, ReconnectReason.HANDED_OVER);
        }
        return !closed;
    }

    /** Why this host should leave memory at {@code now} (System.nanoTime), or null while it stays. */
    public Eviction dueToLeave(long now) {
        return locked(() -> closed ? null : tenure.due(now, streams.watchers() > 0));
    }

    /** Closes the host if it is due to leave memory for one of the given reasons; gives the reason, or null. */
    public Eviction retireIfDue(long now, Predicate<Eviction> reasons) {
        return locked(() -> {
            Eviction due = dueToLeave(now);
            if (due == null || !reasons.test(due)) {
                return null;
            }
            closed = true;
            streams.closeAll(table, ReconnectReason.HANDED_OVER);
            return due;
        });
    }

    /** Records a new game's creation; false when the journal cannot take it. */
    public boolean recordCreation(Decision.Changed created) {
        return locked(() -> commit(created));
    }

    /** Whether the game waits for its start with this player in a seat. */
    public boolean waitsWith(String playerId) {
        return locked(() -> table.status() == Status.WAITING && table.seatOf(playerId).isPresent());
    }

    public Outcome<GameView> join(PlayerRef player) {
        return command(new GameCommand.Join(player), next -> streams.view(next, next.viewerOf(player)));
    }

    /** Starts the game now: seat 0's clock runs from then. */
    public Outcome<GameView> start(PlayerRef caller) {
        return command(new GameCommand.Start(caller), next -> streams.view(next, next.viewerOf(caller)));
    }

    /** Applies a move by the calling player, if {@code seenVersion} is still the game's version. */
    public Outcome<MoveAck> move(PlayerRef caller, int seenVersion, Move move) {
        return locked(() -> command(GameCommand.of(caller, seenVersion, move, streams::claimableFrom),
                next -> MoveAck.of(next.version(), next.state(), next.seatOf(caller.id()).orElseThrow(),
                        move instanceof Move.Challenge))); // presence under the lock, as streams join under it
    }

    /** Calls off the game, for its creator, while it waits for its start. */
    public Outcome<Boolean> cancel(PlayerRef caller) {
        return command(new GameCommand.Cancel(caller), next -> true);
    }

    /** Shows who has been away past the grace period, then times out every seat whose time is up (false: log full). */
    public boolean keepTime() {
        streams.keepPresence();
        if (!locked(() -> !closed && table.status() == Status.ACTIVE && table.state().clock().timedOut(streams.now()))) {
            return true; // a look, not a use: an idle game still leaves memory
        }
        return command(new GameCommand.KeepTime(), next -> true) instanceof Outcome.Done<Boolean>;
    }

    private <T> Outcome<T> command(GameCommand command, Function<Table, T> answer) {
        return locked(() -> {
            if (!taking()) {
                return Outcome.refused(RejectionCode.HOST_UNAVAILABLE);
            }
            Instant at = streams.now();
            if (!(command instanceof GameCommand.KeepTime)
                    && commands.decide(table, new GameCommand.KeepTime(), at) instanceof Decision.Changed due
                    && !due.nothing() && !commit(due)) {
                return Outcome.refused(RejectionCode.JOURNAL_FULL);
            }
            return switch (commands.decide(table, command, at)) {
                case Decision.Refused refused -> Outcome.refused(refused.refusal());
                case Decision.Changed changed -> changed.nothing() || commit(changed)
                        ? Outcome.done(answer.apply(changed.next()))
                        : Outcome.refused(RejectionCode.JOURNAL_FULL);
            };
        });
    }

    private boolean commit(Decision.Changed change) {
        Table next = change.next();
        if (!log.record(epoch, next, change.logged())) {
            return false;
        }
        table = next;
        streams.publish(next, change.events());
        if (next.status().over()) { // each stream ends after its 'ended' or 'cancelled'; a reconnection gets 204
            tenure.finished(System.nanoTime());
            streams.closeAll(next, null);
        }
        afterEachChange.run();
        return true;
    }

    /** Reminds the player to move of an untimed game that it is their turn; once a day per player. */
    public Outcome<LiveEvents.Nudged> nudge(PlayerRef caller) {
        return streams.nudge(caller);
    }

    /** The game as this caller (a player, or null for a spectator) may see it now. */
    public GameView view(PlayerRef caller) {
        return locked(() -> streams.view(table, table.viewerOf(caller)));
    }

    /** The whole game, once it is over; empty until then. */
    public Optional<Table> finished() {
        return locked(() -> table.status() == Status.FINISHED ? Optional.of(table) : Optional.empty());
    }

    /** The game in GCG: without racks while it is played, with them once it is finished. */
    public String gcg() {
        return locked(() -> GameViews.gcg(table));
    }

    /** The caller's live stream, handed over on the thread of its {@code line} (its connection's event loop). */
    public Flux<Delivery> events(PlayerRef caller, OptionalInt lastEventId, StreamLine line) {
        return Flux.defer(() -> locked(() -> streams.watch(table, table.viewerOf(caller), lastEventId, line, closed)));
    }

    /** This game's chat on this host. */
    public GameChat chat() {
        return streams.chat();
    }

    /** Whether the game is finished and {@code lastEventId} at or past its last version (answered 204). */
    public boolean seenToTheEnd(OptionalInt lastEventId) {
        return locked(() -> table.status().over() && lastEventId.isPresent()
                && lastEventId.getAsInt() >= table.version());
    }

    /** Stops taking commands and tells every watcher to reconnect (shutdown, or the lease was lost). */
    public void close(ReconnectReason reason) {
        locked(() -> closed = true);
        closeStreams(reason);
    }

    /** Tells every watcher to reconnect without closing the game (streams drained before shutdown). */
    public void closeStreams(ReconnectReason reason) {
        locked(() -> {
            streams.closeAll(table, reason);
            return null;
        });
    }

    /** A heartbeat for every stream of this game: no lock, it orders nothing. */
    public void heartbeat() {
        streams.heartbeat();
    }

    public int watchers() {
        return streams.watchers();
    }
}
