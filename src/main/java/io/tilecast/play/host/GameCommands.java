package io.tilecast.play.host;

import static io.tilecast.game.rules.RejectionCode.ALREADY_SEATED;
import static io.tilecast.game.rules.RejectionCode.GAME_FULL;
import static io.tilecast.game.rules.RejectionCode.GAME_NOT_ACTIVE;
import static io.tilecast.game.rules.RejectionCode.GAME_STARTED;
import static io.tilecast.game.rules.RejectionCode.NOT_CREATOR;
import static io.tilecast.game.rules.RejectionCode.NOT_ENOUGH_PLAYERS;
import static io.tilecast.game.rules.RejectionCode.NOT_SEATED;
import static io.tilecast.game.rules.RejectionCode.NOTHING_TO_CHALLENGE;
import static io.tilecast.game.rules.RejectionCode.OPPONENT_PRESENT;
import static io.tilecast.game.rules.RejectionCode.STALE_VERSION;

import io.tilecast.game.rules.GameClock;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rejection;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.game.rules.Ruling;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import io.tilecast.game.rules.Word;
import io.tilecast.play.host.view.ClockView;
import io.tilecast.play.host.view.LiveEvents;
import io.tilecast.play.host.view.ResultView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * A game's commands as pure decisions: a table and a command in, a refusal or the events out, with
 * no lock, no I/O and no clock. {@link #apply} is how an event changes a table, live and in a rebuild.
 */
public final class GameCommands {

    private final Duration moveLimit;

    /** @param moveLimit how long a player of an untimed game may take over one move */
    public GameCommands(Duration moveLimit) {
        this.moveLimit = moveLimit;
    }

    /** A new game's first table and its {@code created} event. */
    public Decision.Changed create(GameSetup setup) {
        LoggedEvent created = new LoggedEvent(1, setup.createdAt(), new Change.Created(setup.seatCount(),
                setup.creator(), setup.lexicon().name(), setup.clock(), setup.rematchOf(), setup.challenge().code(),
                setup.rated(), setup.imported() ? Boolean.TRUE : null));
        GameEvent shown = GameEvent.shared(1, EventName.CREATED, new LiveEvents.Joined(1, 0, setup.creator()));
        return new Decision.Changed(Table.created(setup), List.of(created), List.of(shown));
    }

    public Decision decide(Table table, GameCommand command, Instant at) {
        return switch (command) {
            case GameCommand.Join join -> join(table, join.player(), at);
            case GameCommand.Start start -> start(table, start.caller(), at);
            case GameCommand.Play play -> play(table, play, at);
            case GameCommand.KeepTime keepTime -> keepTime(table, at);
            case GameCommand.Claim claim -> claim(table, claim, at);
            case GameCommand.Cancel cancel -> cancel(table, cancel.caller(), at);
        };
    }

    private Decision claim(Table table, GameCommand.Claim claim, Instant at) {
        if (table.status() == Status.ACTIVE && claim.seenVersion() == table.version()
                && table.seatOf(claim.player().id()).isPresent()) {
            int toMove = table.state().toMove();
            Optional<Instant> from = toMove < claim.claimableFrom().size() ? claim.claimableFrom().get(toMove)
                    : Optional.empty();
            if (from.isEmpty() || at.isBefore(from.get())) {
                return refused(OPPONENT_PRESENT);
            }
        }
        return play(table, new GameCommand.Play(claim.player(), claim.seenVersion(), new Move.Claim()), at);
    }

    private Decision join(Table table, PlayerRef player, Instant at) {
        if (table.seatOf(player.id()).isPresent()) {
            return refused(ALREADY_SEATED);
        }
        if (table.status() != Status.WAITING) {
            return refused(GAME_STARTED);
        }
        if (table.players().size() >= table.setup().seatCount()) {
            return refused(GAME_FULL);
        }
        return changes(table, List.of(new LoggedEvent(table.version() + 1, at,
                new Change.Joined(table.players().size(), player))));
    }

    private Decision start(Table table, PlayerRef caller, Instant at) {
        if (!table.setup().creator().id().equals(caller.id())) {
            return refused(NOT_CREATOR);
        }
        if (table.status() != Status.WAITING) {
            return refused(GAME_STARTED);
        }
        if (table.players().size() < 2) {
            return refused(NOT_ENOUGH_PLAYERS);
        }
        return changes(table, List.of(new LoggedEvent(table.version() + 1, at,
                new Change.Started(table.players().size()))));
    }

    private Decision cancel(Table table, PlayerRef caller, Instant at) {
        if (!table.setup().creator().id().equals(caller.id())) {
            return refused(NOT_CREATOR);
        }
        return table.status() != Status.WAITING ? refused(GAME_STARTED)
                : changes(table, List.of(new LoggedEvent(table.version() + 1, at, new Change.Cancelled(caller.id()))));
    }

    private Decision play(Table table, GameCommand.Play play, Instant at) {
        OptionalInt seat = table.seatOf(play.player().id());
        if (seat.isEmpty()) {
            return refused(NOT_SEATED);
        }
        if (table.status() == Status.WAITING) {
            return refused(GAME_NOT_ACTIVE);
        }
        if (play.move() instanceof Move.Challenge && !table.state().challenge().open()) {
            return refused(NOTHING_TO_CHALLENGE); // the first of two challenges at once decided
        }
        if (play.seenVersion() != table.version()) {
            return refused(STALE_VERSION);
        }
        return switch (table.state().apply(seat.getAsInt(), play.move(), at)) {
            case Ruling.Rejected rejected -> new Decision.Refused(rejected.rejection());
            case Ruling.Accepted accepted -> turn(table, accepted,
                    new LoggedEvent(table.version() + 1, at, change(seat.getAsInt(), play.move(), accepted.turn())));
        };
    }

    private static Change change(int seat, Move move, Turn turn) {
        if (!(move instanceof Move.Challenge)) {
            return new Change.Moved(seat, move, turn.score());
        }
        return turn.withdrew() ? new Change.Withdrawn(seat, turn.seat(), turn.words().stream().map(Word::word).toList())
                : new Change.Challenged(seat, turn.seat(), turn.score());
    }

    private Decision keepTime(Table table, Instant at) {
        List<LoggedEvent> logged = new ArrayList<>();
        List<GameEvent> shown = new ArrayList<>();
        Table current = table;
        while (current.status() == Status.ACTIVE && current.state().clock().timedOut(at)) {
            Ruling.Accepted accepted = (Ruling.Accepted) current.state().timeOut();
            Decision.Changed timedOut = turn(current, accepted,
                    new LoggedEvent(current.version() + 1, at, new Change.TimedOut(accepted.turn().seat())));
            logged.addAll(timedOut.logged());
            shown.addAll(timedOut.events());
            current = timedOut.next();
        }
        return new Decision.Changed(current, logged, shown);
    }

    private Decision.Changed turn(Table table, Ruling.Accepted accepted, LoggedEvent turn) {
        Step played = played(table, turn, accepted);
        if (played.next().status() != Status.FINISHED) {
            return new Decision.Changed(played.next(), List.of(turn), List.of(played.shown().get()));
        }
        ResultView result = ResultView.of(accepted.next().result().orElseThrow());
        LoggedEvent ended = new LoggedEvent(turn.version() + 1, turn.at(), new Change.Ended(result));
        Step end = apply(played.next(), ended);
        return new Decision.Changed(end.next(), List.of(turn, ended), List.of(played.shown().get(), end.shown().get()));
    }

    private Decision.Changed changes(Table table, List<LoggedEvent> logged) {
        List<GameEvent> shown = new ArrayList<>(logged.size());
        Table next = table;
        for (LoggedEvent event : logged) {
            Step step = apply(next, event);
            shown.add(step.shown().get());
            next = step.next();
        }
        return new Decision.Changed(next, logged, shown);
    }

    /** The table after {@code event}, and what watchers are shown of it, made when asked: a replay may not ask. */
    public record Step(Table next, Supplier<GameEvent> shown) {
    }

    /** Applies one logged event to the table it was logged after. */
    public Step apply(Table table, LoggedEvent event) {
        int version = event.version();
        if (version != table.version() + 1) {
            throw new IllegalStateException("Game " + table.setup().id() + " is at version " + table.version()
                    + "; its log goes on at " + version);
        }
        return switch (event.change()) {
            case Change.Created created -> throw new IllegalStateException("Game " + table.setup().id()
                    + " is created twice");
            case Change.Joined joined -> new Step(table.seating(joined.player(), version),
                    () -> GameEvent.shared(version, EventName.JOINED, new LiveEvents.Joined(version, joined.seat(),
                            joined.player())));
            case Change.Started started -> {
                GameSetup setup = table.setup();
                Table next = table.with(version, GameState.start(setup.seed(), table.players().size(), setup.lexicon(),
                        clockOf(setup), event.at(), setup.challenge()));
                yield new Step(next, () -> GameViews.started(next));
            }
            case Change.Moved moved -> played(table, event,
                    accepted(table, table.state().apply(moved.seat(), moved.move(), event.at()), version));
            case Change.TimedOut timedOut -> played(table, event, accepted(table, table.state().timeOut(), version));
            case Change.Ended ended -> new Step(table.with(version, table.state()), () -> GameEvent.shared(version,
                    EventName.ENDED, new LiveEvents.Ended(version, ended.result(), ClockView.of(table.state().clock()))));
            case Change.Challenged challenged -> challenged(table, event, challenged.by(), false);
            case Change.Withdrawn withdrawn -> challenged(table, event, withdrawn.by(), true);
            case Change.Cancelled cancelled -> new Step(table.cancelling(version),
                    () -> GameEvent.shared(version, EventName.CANCELLED, new LiveEvents.Cancelled(version)));
            case Change.Imported imported -> RecordImport.replayed(table, event, imported);
        };
    }

    private static Step challenged(Table table, LoggedEvent event, int by, boolean phony) {
        Ruling.Accepted accepted = accepted(table, table.state().apply(by, new Move.Challenge(), event.at()),
                event.version());
        if (accepted.turn().withdrew() != phony) {
            throw new IllegalStateException("Game " + table.setup().id() + " version " + event.version()
                    + " judges the challenge otherwise than its log");
        }
        return played(table, event, accepted);
    }

    private static Step played(Table table, LoggedEvent turn, Ruling.Accepted accepted) {
        Table next = table.with(turn.version(), accepted.next());
        return new Step(next, () -> accepted.turn().kind() == TurnKind.CHALLENGE
                ? GameViews.challenged(next, accepted.turn(), turn.version())
                : GameViews.moved(next, accepted.turn(), turn.version()));
    }

    private static Ruling.Accepted accepted(Table table, Ruling outcome, int version) {
        if (outcome instanceof Ruling.Rejected rejected) {
            throw new IllegalStateException("Game " + table.setup().id() + " version " + version
                    + " does not replay: " + rejected.rejection().code().code());
        }
        return (Ruling.Accepted) outcome;
    }

    private GameClock clockOf(GameSetup setup) {
        return setup.clock() == null ? GameClock.untimed(moveLimit) : GameClock.timed(setup.clock());
    }

    private static Decision refused(RejectionCode code) {
        return new Decision.Refused(Rejection.of(code));
    }
}
