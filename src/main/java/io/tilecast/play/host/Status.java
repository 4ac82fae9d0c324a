package io.tilecast.play.host;

import java.util.Locale;

/** Where a game is in its life: waiting for players, being played, or over. */
public enum Status {
    WAITING, ACTIVE, FINISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
