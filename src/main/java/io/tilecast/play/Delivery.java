package io.tilecast.play;

import java.util.function.Function;

/**
 * One event on one viewer's stream: its type ({@code snapshot}, {@code moved}, ...), version and
 * data. Viewers shown the same data of the same event share one {@link Rendering} of it, so a game
 * watched by a thousand streams writes its event out once, not a thousand times.
 */
public record Delivery(String type, int version, Object data, Rendering rendering) {

    /** Data rendered for this viewer only (a snapshot, a reconnect). */
    public Delivery(String type, int version, Object data) {
        this(type, version, data, new Rendering());
    }

    /**
     * The delivery as written on the wire, made by the first stream that writes it and reused, the
     * same bytes, by every other stream shown the same data.
     */
    public byte[] written(Function<Delivery, byte[]> write) {
        return rendering.of(this, write);
    }

    /** The bytes one event became for one view; shared by every delivery of that view. */
    public static final class Rendering {

        private volatile byte[] bytes;

        byte[] of(Delivery delivery, Function<Delivery, byte[]> write) {
            byte[] done = bytes;
            if (done == null) {
                // Two streams may write at once; both get equal bytes, one is kept.
                done = write.apply(delivery);
                bytes = done;
            }
            return done;
        }
    }
}
