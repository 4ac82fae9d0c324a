package io.tilecast.play.host;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why the server closes a live stream with {@code event: reconnect}. */
public enum ReconnectReason {
    HANDED_OVER("moved"),
    SHUTDOWN("shutdown"),
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
