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

    /** The data as text, rendered by the first stream that writes it and reused by the others. */
    public String rendered(Function<Object, String> render) {
        return rendering.of(data, render);
    }

    /** The text one event's data became; shared by every delivery of that data. */
    public static final class Rendering {

        private volatile String text;

        String of(Object data, Function<Object, String> render) {
            String done = text;
            if (done == null) {
                // Two streams may render at once; both get the same text, one is kept.
                done = render.apply(data);
                text = done;
            }
            return done;
        }
    }
}
