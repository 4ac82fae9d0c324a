package io.tilecast.play;

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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * Everyone watching one game. The host only queues its events here and goes on; each watcher is
 * handed them in order on the thread that writes its stream: the event loop of its connection, so
 * one task per event loop hands an event to all the watchers it serves and each socket write
 * happens right there, with no hop between threads per watcher. Watchers without such a thread
 * share a serial line of their own on a shared worker. A watcher with an {@link Outlet} is written
 * directly; the others are handed events through their stream's reactive pipeline.
 *
 * <p>Each watcher has a bounded buffer of its own (its outlet's, or one here): a watcher that cannot
 * keep up is cut off (it reconnects and resumes from its last event id) and never slows the game or
 * anyone else.
 */
final class Audience {

    private static final Log log = LogFactory.getLog(Audience.class);

    private final Map<Executor, Group> groups = new ConcurrentHashMap<>();
    private final Executor ownLine = new SerialExecutor(Schedulers.parallel());
    private final int bufferSize;
    private final PlayMeters meters;

    Audience(int bufferSize, PlayMeters meters) {
        this.bufferSize = bufferSize;
        this.meters = meters;
    }

    /**
     * A stream for one viewer: the backlog, which ends at version {@code seen}, then every event
     * after it, handed over on {@code writer} (a single thread, or null for the audience's own
     * line). Must be called by the host while no event can be published, so that nothing falls
     * between the two; events published before and still queued are not delivered twice.
     */
    Flux<Delivery> join(Viewer viewer, List<Delivery> backlog, int seen, Executor writer) {
        Watcher watcher = new Watcher(viewer, seen, bufferSize);
        Group group = enter(writer != null ? writer : ownLine, watcher);
        return Flux.concat(Flux.fromIterable(backlog), watcher.buffer.asFlux())
                .takeUntilOther(watcher.ended.asMono())
                .doFinally(signal -> leave(group, watcher));
    }

    /**
     * The same, written through {@code outlet}: the backlog first, on the outlet's thread, then every
     * event after it. The stream completes when it ends (closed, or cut off); cancel it when the
     * connection goes.
     */
    Mono<Void> join(Viewer viewer, List<Delivery> backlog, int seen, Outlet outlet) {
        Watcher watcher = new Watcher(viewer, seen, outlet);
        Group group = enter(outlet.thread(), watcher);
        // Queued on the outlet's thread now, ahead of every event published after this call.
        group.run(() -> group.writeBacklog(watcher, backlog));
        return watcher.ended.asMono().doFinally(signal -> leave(group, watcher));
    }

    /** A stream that is only told these things, then ends: the game is over, or not taking watchers here. */
    static Mono<Void> tell(Outlet outlet, List<Delivery> deliveries) {
        return Mono.create(told -> {
            try {
                outlet.thread().execute(() -> {
                    for (Delivery delivery : deliveries) {
                        if (!outlet.write(delivery)) {
                            break;
                        }
                    }
                    outlet.flush();
                    told.success();
                });
            } catch (RejectedExecutionException e) {
                told.success(); // the connection's thread is stopping: nobody left to tell
            }
        });
    }

    private Group enter(Executor writer, Watcher watcher) {
        Group group = groups.computeIfAbsent(writer, Group::new);
        group.watchers.add(watcher);
        meters.streamOpened(watcher.outlet != null);
        return group;
    }

    private void leave(Group group, Watcher watcher) {
        group.watchers.remove(watcher);
        meters.streamClosed(watcher.outlet != null);
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
                    tooSlow(watcher);
                }
            }
        }

        void writeBacklog(Watcher watcher, List<Delivery> backlog) {
            if (!watchers.contains(watcher)) {
                return; // its stream was cancelled before the backlog's turn came
            }
            for (Delivery delivery : backlog) {
                if (!watcher.outlet.write(delivery)) {
                    tooSlow(watcher);
                    return;
                }
            }
            watcher.outlet.flush();
        }

        void close(Delivery reconnect) {
            for (Watcher watcher : watchers) {
                // Removed at once: a later close must not find it and cut off its buffered reconnect.
                watchers.remove(watcher);
                watcher.finish(reconnect);
            }
        }

        private void tooSlow(Watcher watcher) {
            cutOff(watcher);
            meters.slowWatcherCutOff();
        }

        private void cutOff(Watcher watcher) {
            watchers.remove(watcher);
            watcher.ended.tryEmitEmpty();
        }
    }

    /** One stream: handed its events through its buffer, or written through its outlet. */
    private static final class Watcher {
        final Viewer viewer;
        final int seen;
        final Sinks.Many<Delivery> buffer;
        final Outlet outlet;
        final Sinks.Empty<Void> ended = Sinks.empty();

        Watcher(Viewer viewer, int seen, int bufferSize) {
            this.viewer = viewer;
            this.seen = seen;
            this.buffer = Sinks.many().unicast().onBackpressureBuffer(Queues.<Delivery>get(bufferSize).get());
            this.outlet = null;
        }

        Watcher(Viewer viewer, int seen, Outlet outlet) {
            this.viewer = viewer;
            this.seen = seen;
            this.buffer = null;
            this.outlet = outlet;
        }

        /** Hands over one delivery; false if the watcher cannot take it. */
        boolean take(Delivery delivery) {
            if (outlet == null) {
                return buffer.tryEmitNext(delivery).isSuccess();
            }
            if (!outlet.write(delivery)) {
                return false;
            }
            outlet.flush();
            return true;
        }

        /** A last delivery (if any), then the end of the stream; just the end if it cannot take it. */
        void finish(Delivery last) {
            if ((last == null || take(last)) && buffer != null) {
                buffer.tryEmitComplete();
            } else {
                ended.tryEmitEmpty();
            }
        }
    }
}
