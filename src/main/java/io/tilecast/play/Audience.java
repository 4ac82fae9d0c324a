package io.tilecast.play;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * Everyone watching one game. Each watcher has a bounded buffer of its own: a watcher that cannot
 * keep up is cut off (it reconnects and resumes from its last event id) and never slows the game
 * or anyone else. Events are published by the game's host only, one at a time, so emission into
 * each buffer is serialized.
 */
final class Audience {

    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final int bufferSize;
    private final PlayMeters meters;

    Audience(int bufferSize, PlayMeters meters) {
        this.bufferSize = bufferSize;
        this.meters = meters;
    }

    /**
     * A stream for one viewer: the backlog, then every event published after this call. Must be
     * called by the host while no event can be published, so that nothing falls between the two.
     */
    Flux<Delivery> join(Viewer viewer, List<Delivery> backlog) {
        Watcher watcher = new Watcher(viewer, bufferSize);
        watchers.add(watcher);
        meters.streamOpened();
        return Flux.concat(Flux.fromIterable(backlog), watcher.buffer.asFlux())
                .takeUntilOther(watcher.cutoff.asMono())
                .doFinally(signal -> {
                    watchers.remove(watcher);
                    meters.streamClosed();
                });
    }

    void publish(GameEvent event) {
        for (Watcher watcher : watchers) {
            if (watcher.buffer.tryEmitNext(event.deliveryFor(watcher.viewer)).isFailure()) {
                cutOff(watcher);
                meters.slowWatcherCutOff();
            }
        }
    }

    /** Tells every watcher to reconnect and ends their streams (shutdown, or the game moved away). */
    void closeAll(Supplier<Delivery> reconnect) {
        for (Watcher watcher : watchers) {
            if (watcher.buffer.tryEmitNext(reconnect.get()).isSuccess()) {
                watcher.buffer.tryEmitComplete();
            } else {
                cutOff(watcher);
            }
        }
    }

    int size() {
        return watchers.size();
    }

    private void cutOff(Watcher watcher) {
        watchers.remove(watcher);
        watcher.cutoff.tryEmitEmpty();
    }

    private static final class Watcher {
        final Viewer viewer;
        final Sinks.Many<Delivery> buffer;
        final Sinks.Empty<Void> cutoff = Sinks.empty();

        Watcher(Viewer viewer, int bufferSize) {
            this.viewer = viewer;
            this.buffer = Sinks.many().unicast().onBackpressureBuffer(Queues.<Delivery>get(bufferSize).get());
        }
    }
}
