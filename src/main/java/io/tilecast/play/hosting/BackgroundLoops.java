package io.tilecast.play.hosting;

import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Periodic work of this machine that runs while the application does: started with it, and stopped after the journal
 * has drained, with the leases' release.
 */
abstract class BackgroundLoops implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(BackgroundLoops.class);

    private Disposable loops;

    abstract Disposable loops();

    static Disposable every(Duration period, Mono<Void> task, String what) {
        return Flux.interval(period, period)
                .onBackpressureDrop()
                .concatMap(tick -> task.onErrorResume(e -> {
                    log.warn("Could not " + what + ": " + e.getMessage());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public synchronized void start() {
        loops = loops();
    }

    @Override
    public synchronized void stop() {
        if (loops != null) {
            loops.dispose();
            loops = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return loops != null;
    }

    /** Stops after the journal has drained. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }
}
