package io.tilecast.play.host;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * What the host needs to know of the connection a live stream is written on: the single thread that writes it, and
 * whether it is keeping up (taking more without piling bytes up unsent).
 */
public record StreamLine(Executor thread, BooleanSupplier keepingUp) {

    /** A stream without a connection of its own: handed over on the game's own line, never behind. */
    public static final StreamLine NONE = new StreamLine(null, () -> true);
}
