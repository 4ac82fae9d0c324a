package io.tilecast.play;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * Everyone watching one game. The host only queues its events here; one drain at a time, on a
 * shared worker thread, hands them to the watchers in order. Handing an event to a watcher with
 * demand runs that watcher's whole pipeline (encoding, the socket write), so doing it on the
 * mover's thread made every move wait for its whole audience.
 *
 * <p>Each watcher has a bounded buffer of its own: a watcher that cannot keep up is cut off (it
 * reconnects and resumes from its last event id) and never slows the game or anyone else.
 */
final class Audience {

    private static final Log log = LogFactory.getLog(Audience.class);

    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger work = new AtomicInteger();
    private final Scheduler scheduler = Schedulers.parallel();
    private final int bufferSize;
    private final PlayMeters meters;

    Audience(int bufferSize, PlayMeters meters) {
        this.bufferSize = bufferSize;
        this.meters = meters;
    }

    /**
     * A stream for one viewer: the backlog, which ends at version {@code seen}, then every event
     * after it. Must be called by the host while no event can be published, so that nothing falls
     * between the two; events published before and still queued are not delivered twice.
     */
    Flux<Delivery> join(Viewer viewer, List<Delivery> backlog, int seen) {
        Watcher watcher = new Watcher(viewer, seen, bufferSize);
        watchers.add(watcher);
        meters.streamOpened();
        return Flux.concat(Flux.fromIterable(backlog), watcher.buffer.asFlux())
                .takeUntilOther(watcher.cutoff.asMono())
                .doFinally(signal -> {
                    watchers.remove(watcher);
                    meters.streamClosed();
                });
    }

    /** Queues an event for every watcher; called by the host in version order. */
    void publish(GameEvent event) {
        dispatch(() -> deliver(event));
    }

    /**
     * Tells every watcher to reconnect and ends their streams (shutdown, or the game moved away),
     * after every event published before.
     */
    void closeAll(Delivery reconnect) {
        dispatch(() -> close(reconnect));
    }

    int size() {
        return watchers.size();
    }

    /** Queues a step and starts a drain unless one is running: steps run one at a time, in order. */
    private void dispatch(Runnable step) {
        pending.offer(step);
        if (work.getAndIncrement() == 0) {
            scheduler.schedule(this::drain);
        }
    }

    private void drain() {
        int missed = 1;
        do {
            Runnable step;
            while ((step = pending.poll()) != null) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    // The next steps must still run, else the game's streams would fall silent.
                    log.error("Live event dispatch failed", e);
                }
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }

    private void deliver(GameEvent event) {
        long start = System.nanoTime();
        for (Watcher watcher : watchers) {
            if (event.version() <= watcher.seen) {
                continue; // already in its backlog
            }
            if (watcher.buffer.tryEmitNext(event.deliveryFor(watcher.viewer)).isFailure()) {
                cutOff(watcher);
                meters.slowWatcherCutOff();
            }
        }
        meters.fannedOut(Duration.ofNanos(System.nanoTime() - start));
    }

    private void close(Delivery reconnect) {
        for (Watcher watcher : watchers) {
            // Removed at once: a later close must not find it and cut off its buffered reconnect.
            watchers.remove(watcher);
            if (watcher.buffer.tryEmitNext(reconnect).isSuccess()) {
                watcher.buffer.tryEmitComplete();
            } else {
                watcher.cutoff.tryEmitEmpty();
            }
        }
    }

    private void cutOff(Watcher watcher) {
        watchers.remove(watcher);
        watcher.cutoff.tryEmitEmpty();
    }

    private static final class Watcher {
        final Viewer viewer;
        final int seen;
        final Sinks.Many<Delivery> buffer;
        final Sinks.Empty<Void> cutoff = Sinks.empty();

        Watcher(Viewer viewer, int seen, int bufferSize) {
            this.viewer = viewer;
            this.seen = seen;
            this.buffer = Sinks.many().unicast().onBackpressureBuffer(Queues.<Delivery>get(bufferSize).get());
        }
    }
}
