package io.tilecast.play.host;

import java.time.Instant;

/**
 * An event as the game's log keeps it: its version, the instant the host applied it (from which a rebuild recomputes
 * the clocks), and what happened, including what no client may see.
 */
public record LoggedEvent(int version, Instant at, Change change) {

    public String type() {
        return change.kind().type();
    }
}
