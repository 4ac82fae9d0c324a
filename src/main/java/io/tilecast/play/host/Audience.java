package io.tilecast.play.host;

import io.tilecast.play.host.view.ChatMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Scannable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * Everyone watching one game: each watcher has its own bounded queue and is cut off when it overflows,
 * and an event is handed over by one task per event loop with watchers, in version order.
 */
final class Audience {

    private static final Log log = LogFactory.getLog(Audience.class);

    private static final int LINK = 16;
    private static final long LATE_NANOS = Duration.ofMillis(8).toNanos();

    private final Map<Executor, Group> groups = new ConcurrentHashMap<>();
    private final Executor ownLine = Schedulers.parallel().createWorker()::schedule;
    private final int bufferSize;
    private final PlayMeters meters;

    Audience(int bufferSize, PlayMeters meters) {
        this.bufferSize = bufferSize;
        this.meters = meters;
    }

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

    void publish(GameEvent event) {
        List<Group> watched = watched();
        if (watched.isEmpty()) {
            return;
        }
        long published = System.nanoTime();
        AtomicInteger unfinished = new AtomicInteger(watched.size());
        for (Group group : watched) {
            group.run(() -> {
                if (log.isDebugEnabled()) {
                    logIfLate(event, System.nanoTime() - published);
                }
                group.deliver(event);
                if (unfinished.decrementAndGet() == 0) {
                    meters.fannedOut(Duration.ofNanos(System.nanoTime() - published));
                }
            });
        }
    }

    private static void logIfLate(GameEvent event, long waited) {
        if (waited > LATE_NANOS) {
            log.debug("Version " + event.version() + " waited " + waited / 1000 + " µs for a writer's loop");
        }
    }

    /** Hands an unversioned delivery (presence) to every watcher, whatever it has seen. */
    void announce(Delivery delivery) {
        for (Group group : watched()) {
            group.run(() -> group.announce(delivery));
        }
    }

    /** Hands a chat line to every watcher whose view {@code sees} it, whatever it has seen. */
    void say(Delivery delivery, ChatMessage message, BiPredicate<Viewer, ChatMessage> sees) {
        for (Group group : watched()) {
            group.run(() -> group.say(delivery, message, sees));
        }
    }

    void heartbeat() {
        for (Group group : watched()) {
            group.run(group::heartbeat);
        }
    }

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

        void announce(Delivery delivery) {
            for (Watcher watcher : watchers) {
                if (!watcher.take(delivery)) {
                    cutOff(watcher);
                    meters.slowWatcherCutOff();
                }
            }
        }

        void say(Delivery delivery, ChatMessage message, BiPredicate<Viewer, ChatMessage> sees) {
            for (Watcher watcher : watchers) {
                if (sees.test(watcher.viewer, message) && !watcher.take(delivery)) {
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

        boolean take(Delivery delivery) {
            behind = line.keepingUp().getAsBoolean() ? 0 : behind + 1;
            return behind <= bufferSize && buffered() < capacity && buffer.tryEmitNext(delivery).isSuccess();
        }

        void heartbeat() {
            if (line.keepingUp().getAsBoolean() && buffered() < capacity) {
                buffer.tryEmitNext(Delivery.HEARTBEAT);
            }
        }

        private int buffered() {
            Integer buffered = buffer.scan(Scannable.Attr.BUFFERED);
            return buffered == null ? 0 : buffered;
        }

        void finish(Delivery last) {
            if (last == null || take(last)) {
                buffer.tryEmitComplete();
            } else {
                ended.tryEmitEmpty();
            }
        }
    }
}
