package io.tilecast.play.computer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** A fixed number of daemon threads for the computer's long thinking, apart from the event loops and the quick bots. */
public final class ThinkingPool implements AutoCloseable {

    private final ExecutorService threads;
    private final Scheduler scheduler;

    public ThinkingPool(String name, int size) {
        this.threads = Executors.newFixedThreadPool(size, Thread.ofPlatform().name(name + "-", 1).daemon().factory());
        this.scheduler = Schedulers.fromExecutorService(threads, name);
    }

    /** The default size: half the cores, at least one, so the event loops keep a core of their own. */
    public static int halfTheCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public void execute(Runnable work) {
        threads.execute(work);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
