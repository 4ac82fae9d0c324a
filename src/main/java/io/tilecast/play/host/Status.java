package io.tilecast.play.host;

import java.util.Locale;

/** Where a game is in its life: waiting for players, being played, over, or called off before it started. */
public enum Status {
    WAITING, ACTIVE, FINISHED, CANCELLED;

    /** Whether the game will never change again: finished, or cancelled before it started. */
    public boolean over() {
        return this == FINISHED || this == CANCELLED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
