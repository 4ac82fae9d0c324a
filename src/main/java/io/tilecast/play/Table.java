package io.tilecast.play;

import io.tilecast.game.GameState;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Everything about a game that changes, as one immutable value: a host replaces its table in one
 * step, only after the change has been accepted by the journal.
 *
 * @param state        the rules' state; null until the game starts
 * @param turnVersions the game version at which each turn of {@code state.turns()} was applied
 */
record Table(List<PlayerRef> players, Status status, int version, GameState state, List<Integer> turnVersions) {

    Table {
        players = List.copyOf(players);
        turnVersions = List.copyOf(turnVersions);
    }

    static Table created(PlayerRef creator) {
        return new Table(List.of(creator), Status.WAITING, 1, null, List.of());
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
