package io.tilecast.play.host;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Scannable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * Everyone watching one game. The host only queues its events here and goes on; each watcher is
 * handed them in order on the thread that writes its stream: the event loop of its connection, so
 * one task per event loop hands an event to all the watchers it serves and each socket write
 * happens right there, with no hop between threads per watcher. Watchers without such a thread
 * share a serial line of their own on a shared worker.
 *
 * <p>Each watcher has a bounded buffer of its own: a watcher that cannot keep up is cut off (its
 * stream ends; it reconnects and resumes from its last event id) and never slows the game or
 * anyone else.
 */
final class Audience {

    private static final Log log = LogFactory.getLog(Audience.class);

    /** Slots per link of a watcher's queue: it grows by this many as deliveries pile up. */
    private static final int LINK = 16;

    private final Map<Executor, Group> groups = new ConcurrentHashMap<>();
    /** A worker runs its tasks one at a time, in order: the line of streams that name no thread of their own. */
    private final Executor ownLine = Schedulers.parallel().createWorker()::schedule;
    private final int bufferSize;
    private final PlayMeters meters;

    Audience(int bufferSize, PlayMeters meters) {
        this.bufferSize = bufferSize;
        this.meters = meters;
    }

    /**
     * A stream for one viewer: the backlog, which ends at version {@code seen}, then every event
     * after it, handed over on its line's thread (or, without one, the audience's own line). Must be called by the host while no event can be published, so that nothing falls
     * between the two; events published before and still queued are not delivered twice.
     */
    Flux<Delivery> join(Viewer viewer, List<Delivery> backlog, int seen, StreamLine line) {
        Watcher watcher = new Watcher(viewer, seen, bufferSize, line, backlog);
        Group group = groups.computeIfAbsent(line.thread() != null ? line.thread() : ownLine, Group::new);
        group.watchers.add(watcher);
        meters.streamOpened();
        return watcher.buffer.asFlux()
                .takeUntilOther(watcher.ended.asMono())
                .doFinally(signal -> {
                    group.watchers.remove(watcher);
                    meters.streamClosed();
                });
    }

    /** Hands an event to every watcher, on their writers' threads; called by the host in version order. */
    void publish(GameEvent event) {
        List<Group> watched = watched();
        if (watched.isEmpty()) {
            return;
        }
        long published = System.nanoTime();
        AtomicInteger unfinished = new AtomicInteger(watched.size());
        for (Group group : watched) {
            group.run(() -> {
                group.deliver(event);
                if (unfinished.decrementAndGet() == 0) {
                    meters.fannedOut(Duration.ofNanos(System.nanoTime() - published));
                }
            });
        }
    }

    /**
     * Hands every watcher a {@link Delivery#HEARTBEAT}, on their writers' threads, by one task per
     * thread as for an event; a watcher whose connection is not keeping up is skipped (it has
     * bytes on their way already), and a full buffer just goes without.
     */
    void heartbeat() {
        for (Group group : watched()) {
            group.run(group::heartbeat);
        }
    }

    /**
     * Tells every watcher to reconnect and ends their streams (shutdown, or the game moved away),
     * after every event published before; with a null {@code reconnect}, just ends them (the game
     * is over).
     */
    void closeAll(Delivery reconnect) {
        for (Group group : watched()) {
            group.run(() -> group.close(reconnect));
        }
    }

    int size() {
        int size = 0;
        for (Group group : groups.values()) {
            size += group.watchers.size();
        }
        return size;
    }

    private List<Group> watched() {
        List<Group> watched = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            if (!group.watchers.isEmpty()) {
                watched.add(group);
            }
        }
        return watched;
    }

    /** The watchers written by one thread, handed each event by one task on it. */
    private final class Group {
        final Executor writer;
        final List<Watcher> watchers = new CopyOnWriteArrayList<>();

        Group(Executor writer) {
            this.writer = writer;
        }

        void run(Runnable task) {
            try {
                writer.execute(task);
            } catch (RejectedExecutionException e) {
                // The writer's thread is stopping (its connections are closing): nobody left to tell.
                log.debug("Live events not handed over: the writer's thread has stopped", e);
                watchers.forEach(this::cutOff);
            }
        }

        void deliver(GameEvent event) {
            for (Watcher watcher : watchers) {
                if (event.version() <= watcher.seen) {
                    continue; // already in its backlog
                }
                if (!watcher.take(event.deliveryFor(watcher.viewer))) {
                    cutOff(watcher);
                    meters.slowWatcherCutOff();
                }
            }
        }

        void heartbeat() {
            watchers.forEach(Watcher::heartbeat);
        }

        void close(Delivery reconnect) {
            for (Watcher watcher : watchers) {
                // Removed at once: a later close must not find it and cut off its buffered reconnect.
                watchers.remove(watcher);
                watcher.finish(reconnect);
            }
        }

        private void cutOff(Watcher watcher) {
            watchers.remove(watcher);
            watcher.ended.tryEmitEmpty();
        }
    }

    /**
     * One stream, handed its events through a bounded buffer of its own. The stream's pipeline
     * takes from that buffer as long as it is asked to; what its connection has not sent piles up
     * beneath it, so the deliveries handed over while the connection is not keeping up count too.
     * The backlog goes first into the same queue, so that once sent nothing holds on to it (a
     * snapshot is a whole game view); the queue grows in small links as it is used, so an idle
     * stream keeps no slots, and it is bounded by the count it holds: the backlog plus the buffer.
     */
    private static final class Watcher {
        final Viewer viewer;
        final int seen;
        final Sinks.Many<Delivery> buffer;
        final Sinks.Empty<Void> ended = Sinks.empty();
        final StreamLine line;
        final int bufferSize;
        final int capacity;
        int behind;

        Watcher(Viewer viewer, int seen, int bufferSize, StreamLine line, List<Delivery> backlog) {
            this.viewer = viewer;
            this.seen = seen;
            this.buffer = Sinks.many().unicast().onBackpressureBuffer(Queues.<Delivery>unbounded(LINK).get());
            this.line = line;
            this.bufferSize = bufferSize;
            this.capacity = bufferSize + backlog.size();
            backlog.forEach(buffer::tryEmitNext);
        }

        /** Hands over one delivery; false if the watcher's buffer is full. */
        boolean take(Delivery delivery) {
            behind = line.keepingUp().getAsBoolean() ? 0 : behind + 1;
            return behind <= bufferSize && buffered() < capacity && buffer.tryEmitNext(delivery).isSuccess();
        }

        /** Delivery.HEARTBEAT unless the buffer is full or the connection behind; no harm done without it. */
        void heartbeat() {
            if (line.keepingUp().getAsBoolean() && buffered() < capacity) {
                buffer.tryEmitNext(Delivery.HEARTBEAT);
            }
        }

        private int buffered() {
            Integer buffered = buffer.scan(Scannable.Attr.BUFFERED);
            return buffered == null ? 0 : buffered;
        }

        /** A last delivery (if any), then the end of the stream; just the end if it cannot take it. */
        void finish(Delivery last) {
            if (last == null || take(last)) {
                buffer.tryEmitComplete();
            } else {
                ended.tryEmitEmpty();
            }
        }
    }
}
