package io.tilecast.play;

import java.util.function.Function;

/**
 * One event as some viewers see it: its type ({@code snapshot}, {@code moved}, ...), version and
 * data. Every stream shown the same view of an event is handed the same delivery, so a game
 * watched by a thousand streams writes each view of its event out once, not a thousand times.
 */
public final class Delivery {

    private final String type;
    private final int version;
    private final Object data;
    private volatile byte[] written;

    public Delivery(String type, int version, Object data) {
        this.type = type;
        this.version = version;
        this.data = data;
    }

    public String type() {
        return type;
    }

    public int version() {
        return version;
    }

    public Object data() {
        return data;
    }

    /**
     * The delivery as written on the wire, made by the first stream that writes it and reused, the
     * same bytes, by every other stream it is handed to.
     */
    public byte[] written(Function<Delivery, byte[]> write) {
        byte[] done = written;
        if (done == null) {
            // Two streams may write at once; both get equal bytes, one is kept.
            done = write.apply(this);
            written = done;
        }
        return done;
    }
}
