package io.tilecast.play;

import io.tilecast.game.GameState;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Everything about a game that changes, as one immutable value: a host replaces its table in one
 * step, only after the change has been accepted by the journal.
 *
 * @param state the rules' state; null until the game starts
 */
record Table(List<PlayerRef> players, int version, GameState state) {

    Table {
        players = List.copyOf(players);
    }

    static Table created(PlayerRef creator) {
        return new Table(List.of(creator), 1, null);
    }

    Status status() {
        if (state == null) {
            return Status.WAITING;
        }
        return state.finished() ? Status.FINISHED : Status.ACTIVE;
    }

    /**
     * The game version at which turn {@code turn} was applied. Creation is version 1 and each other
     * seat's join one more, the start the next, and from then on every turn one version, so the
     * first turn is at {@code players + 2}. (The end of a game comes one version after its last turn.)
     */
    int turnVersion(int turn) {
        return players.size() + 2 + turn;
    }

    OptionalInt seatOf(String playerId) {
        return IntStream.range(0, players.size()).filter(i -> players.get(i).id().equals(playerId)).findFirst();
    }

    Viewer viewerOf(PlayerRef caller) {
        if (caller == null) {
            return Viewer.SPECTATOR;
        }
        OptionalInt seat = seatOf(caller.id());
        return seat.isPresent() ? Viewer.seat(seat.getAsInt()) : Viewer.SPECTATOR;
    }
}
