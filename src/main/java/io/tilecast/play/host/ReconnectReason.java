package io.tilecast.play.host;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why the server closes a live stream with {@code event: reconnect}. */
public enum ReconnectReason {
    /** The game is hosted elsewhere now (its lease ended, or it left memory). */
    HANDED_OVER("moved"),
    SHUTDOWN("shutdown"),
    /** A read-only copy of a game: it never streams. */
    ARCHIVED("archived");

    private final String wire;

    ReconnectReason(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
