package io.tilecast.play;

import java.util.concurrent.Executor;

/**
 * One live stream's connection, written directly: the audience hands each delivery straight to it
 * instead of through the stream's reactive pipeline. A thousand watchers then cost a thousand
 * socket writes and little else. Every method but {@link #thread()} is called on that thread.
 */
public interface Outlet {

    /** The single thread that writes the connection. */
    Executor thread();

    /**
     * Queues a delivery on the connection, after everything written before; false if the connection
     * cannot take it (closed, or too much already waiting), and the watcher is then cut off.
     */
    boolean write(Delivery delivery);

    /** Sends what was queued. */
    void flush();
}
