package io.tilecast.play.host;

import io.tilecast.game.rules.GameState;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** A whole game as one immutable value: what never changes ({@code setup}) and what does. */
public record Table(GameSetup setup, List<PlayerRef> players, int version, GameState state, boolean cancelled) {

    public Table {
        players = List.copyOf(players);
    }

    public Table(GameSetup setup, List<PlayerRef> players, int version, GameState state) {
        this(setup, players, version, state, false);
    }

    static Table created(GameSetup setup) {
        return new Table(setup, List.of(setup.creator()), 1, null);
    }

    Table seating(PlayerRef player, int atVersion) {
        List<PlayerRef> seated = new ArrayList<>(players);
        seated.add(player);
        return new Table(setup, seated, atVersion, null);
    }

    Table with(int atVersion, GameState next) {
        return new Table(setup, players, atVersion, next);
    }

    Table cancelling(int atVersion) {
        return new Table(setup, players, atVersion, null, true);
    }

    public Status status() {
        if (cancelled) {
            return Status.CANCELLED;
        }
        if (state == null) {
            return Status.WAITING;
        }
        return state.finished() ? Status.FINISHED : Status.ACTIVE;
    }

    /**
     * The version at which turn {@code turn} was applied: creation is 1, each join one more, the start the next, then
     * one per turn; the end comes one version after the last turn.
     */
    public int turnVersion(int turn) {
        return players.size() + 2 + turn;
    }

    OptionalInt seatOf(String playerId) {
        for (int seat = 0; seat < players.size(); seat++) {
            if (playerId.equals(players.get(seat).id())) {
                return OptionalInt.of(seat);
            }
        }
        return OptionalInt.empty();
    }

    Viewer viewerOf(PlayerRef caller) {
        if (caller == null) {
            return Viewer.SPECTATOR;
        }
        OptionalInt seat = seatOf(caller.id());
        return seat.isPresent() ? Viewer.seat(seat.getAsInt()) : Viewer.SPECTATOR;
    }
}
