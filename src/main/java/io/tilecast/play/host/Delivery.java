package io.tilecast.play.host;

import java.util.function.Function;

/** One event as some viewers see it: its type ({@code snapshot}, {@code moved}, ...), version and data. */
public final class Delivery {

    /** Not an event: the comment an idle stream gets now and then so that nothing between closes it. */
    public static final Delivery HEARTBEAT = new Delivery(EventName.HEARTBEAT, 0, null);

    private final String type;
    private final int version;
    private final Object data;
    private volatile Object written;

    public Delivery(EventName type, int version, Object data) {
        this.type = type.wire();
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

    /** Whether the delivery is a version of the game; presence is not, and never moves {@code Last-Event-ID}. */
    public boolean versioned() {
        return version > 0;
    }

    /**
     * The delivery as written on the wire, made by the first stream that writes it and reused, the same object, by
     * every other stream it is handed to.
     */
    @SuppressWarnings("unchecked")
    public <T> T written(Function<Delivery, T> write) {
        Object done = written;
        if (done == null) {
            // Two streams may write at once; both get equal results, one is kept.
            done = write.apply(this);
            written = done;
        }
        return (T) done;
    }

    /** Lets the written form go, to be made again by the next stream that writes the delivery. */
    void forgetWritten() {
        written = null;
    }
}
