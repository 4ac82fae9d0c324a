package io.tilecast.play;

import io.tilecast.game.TimeControl;
import java.time.Instant;

/**
 * An event as the game's log keeps it: what a rebuild needs, including what no client may see, and
 * the instant the host applied it ({@code at}), from which a rebuild recomputes the clocks.
 */
record LoggedEvent(int version, String type, Object payload, Instant at) {

    /**
     * The game was created; the creator sits in seat 0. {@code clock} is null for an untimed game,
     * {@code rematchOf} for a game that is not a rematch.
     */
    record Created(int seatCount, PlayerRef creator, String lexicon, TimeControl clock, String rematchOf) {
    }

    record Joined(int seat, PlayerRef player) {
    }

    record Started(int seats) {
    }

    /** A move as sent (exchanged letters included), with the score the host gave it. */
    record Moved(int seat, MoveCommand move, int score) {
    }

    /** The seat to move ran out of time and was resigned by the host. */
    record TimedOut(int seat) {
    }

    record Ended(io.tilecast.play.view.ResultView result) {
    }
}
