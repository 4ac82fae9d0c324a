package io.tilecast.play.computer;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** A fixed number of daemon threads for the computer's long thinking, apart from the event loops and the quick bots. */
public final class ThinkingPool implements AutoCloseable {

    private static final Duration LEAST = Duration.ofMillis(50);

    private final ThreadPoolExecutor threads;
    private final int size;
    private final Scheduler scheduler;

    public ThinkingPool(String name, int size) {
        this.threads = (ThreadPoolExecutor) Executors.newFixedThreadPool(size,
                Thread.ofPlatform().name(name + "-", 1).daemon().factory());
        this.size = size;
        this.scheduler = Schedulers.fromExecutorService(threads, name);
    }

    /** The default size: half the cores, at least one, so the event loops keep a core of their own. */
    public static int halfTheCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public void execute(Runnable work) {
        threads.execute(work);
    }

    /**
     * What one piece of work in hand may take of {@code budget}, called from that work: all of it while every piece has a
     * thread, else its share of the threads (at least 50 ms), so that a full queue answers in about one budget.
     */
    public Duration share(Duration budget) {
        int inHand = threads.getActiveCount() + threads.getQueue().size();
        if (inHand <= size) {
            return budget;
        }
        Duration share = budget.multipliedBy(size).dividedBy(inHand);
        return share.compareTo(LEAST) < 0 ? LEAST : share;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
