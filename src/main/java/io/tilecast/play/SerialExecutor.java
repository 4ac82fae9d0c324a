package io.tilecast.play;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.scheduler.Scheduler;

/**
 * Runs tasks one at a time, in the order they were given, on a shared scheduler's threads: a
 * single-threaded executor without a thread of its own. A task that throws is logged, and the
 * next still runs.
 */
final class SerialExecutor implements Executor {

    private static final Log log = LogFactory.getLog(SerialExecutor.class);

    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger work = new AtomicInteger();
    private final Scheduler scheduler;

    SerialExecutor(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void execute(Runnable task) {
        pending.offer(task);
        if (work.getAndIncrement() == 0) {
            scheduler.schedule(this::drain);
        }
    }

    private void drain() {
        int missed = 1;
        do {
            Runnable task;
            while ((task = pending.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("Task failed", e);
                }
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }
}
