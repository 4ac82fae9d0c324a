package io.tilecast.play;

/** An event as the game's log keeps it: what a rebuild needs, including what no client may see. */
record LoggedEvent(int version, String type, Object payload) {

    /** The game was created; the creator sits in seat 0. */
    record Created(int seatCount, PlayerRef creator, String lexicon) {
    }

    record Joined(int seat, PlayerRef player) {
    }

    record Started(int seats) {
    }

    /** A move as sent (exchanged letters included), with the score the host gave it. */
    record Moved(int seat, MoveCommand move, int score) {
    }

    record Ended(io.tilecast.play.view.ResultView result) {
    }
}
