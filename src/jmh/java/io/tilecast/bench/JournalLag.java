package io.tilecast.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.tilecast.journal.Journal;
import io.tilecast.journal.JournalProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How far behind the journal falls when PostgreSQL is in another region: moves offered at a steady
 * rate, each as a live host offers it (the games row and the event), to a journal whose pool
 * reaches PostgreSQL through a {@link DelayingProxy}. Lag is read as operators see it (the journal's
 * lag gauge, sampled) and per move (from its offer until the journal has settled it).
 *
 * <p>Arguments: moves a second, games, measured seconds, one-way delay in ms (defaults 500, 200, 45,
 * 50); a warm-up of 10 s at the same rate comes first and is not measured.
 */
public final class JournalLag {

    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(50);

    public static void main(String[] args) throws Exception {
        int movesPerSecond = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int games = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Duration measured = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 45);
        Duration oneWay = Duration.ofMillis(args.length > 3 ? Integer.parseInt(args[3]) : 50);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        try (JournalDatabase database = JournalDatabase.start();
             DelayingProxy proxy = DelayingProxy.start(database.port(), oneWay)) {
            ConnectionPool pool = JournalDatabase.pool(proxy.port());
            JournalProperties properties = JournalProperties.defaults();
            System.out.printf("Journal lag: %d moves/s (games row + event each) across %d games, %d s measured after"
                            + " %d s warm-up; PostgreSQL behind a proxy adding %d ms each way; batch size %d, linger"
                            + " %d ms; JDK %s, %d cores%n", movesPerSecond, games, measured.toSeconds(),
                    WARM_UP.toSeconds(), oneWay.toMillis(), properties.batchSize(), properties.linger().toMillis(),
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            System.out.printf("round trip through the proxy (SELECT 1, best of 5): %s ms%n",
                    Latencies.ms(roundTrip(pool)));

            Instant now = Instant.now();
            Journal setUp = new Journal(pool, properties, new SimpleMeterRegistry());
            setUp.start();
            for (int g = 0; g < games; g++) {
                setUp.offer(List.of(JournalMoves.game("g" + g, g, 0, now)));
            }
            Play play = new Play(games, movesPerSecond);
            play.run(setUp, WARM_UP, false);
            setUp.stop();

            // A journal of its own for the measured moves, so that its meters count only those.
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            Journal journal = new Journal(pool, properties, meters);
            journal.start();
            String loadBefore = Latencies.loadAverage();
            Latencies.JvmTime before = Latencies.JvmTime.now();
            play.run(journal, measured, true);
            journal.flush(Duration.ofMinutes(1)).block();
            Latencies.JvmTime used = Latencies.JvmTime.now().minus(before);
            journal.stop();

            System.out.printf("%,d moves offered in %d s, %,d refused (queue full); load average %s -> %s%n",
                    play.offered, measured.toSeconds(), play.refused, loadBefore, Latencies.loadAverage());
            System.out.println("lag gauge, sampled every " + SAMPLE_EVERY.toMillis() + " ms: "
                    + Latencies.summary(play.sampledLag));
            System.out.println("move offered -> settled:            " + Latencies.summary(play.settled));
            System.out.println(Latencies.journalBatches(meters) + "; JVM " + used.describe(measured.toSeconds()));
            System.out.println(database.eventsStored());
            pool.dispose();
        }
    }

    /** The best of five trivial queries: what one round trip through the proxy costs. */
    private static long roundTrip(ConnectionPool pool) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            Mono.usingWhen(pool.create(),
                    c -> Flux.from(c.createStatement("SELECT 1").execute()).flatMap(r -> r.map((row, m) -> 1)).then(),
                    Connection::close).block();
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    /** Moves offered open-loop on a fixed schedule, round robin over the games, each game's in version order. */
    private static final class Play {

        private final int games;
        private final long periodNanos;
        private final int[] versions;
        final Histogram settled = new ConcurrentHistogram(3);
        final Histogram sampledLag = new ConcurrentHistogram(3);
        long offered;
        long refused;
        private int next;

        Play(int games, int movesPerSecond) {
            this.games = games;
            this.periodNanos = 1_000_000_000L / movesPerSecond;
            this.versions = new int[games];
        }

        void run(Journal journal, Duration length, boolean measure) {
            AtomicBoolean sampling = new AtomicBoolean(measure);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> {
                if (sampling.get()) {
                    sampledLag.recordValue((long) (journal.lagSeconds() * 1e9));
                }
            }, 0, SAMPLE_EVERY.toNanos(), TimeUnit.NANOSECONDS);
            long start = System.nanoTime();
            long moves = length.toNanos() / periodNanos;
            for (long i = 0; i < moves; i++) {
                long due = start + i * periodNanos;
                for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(wait);
                }
                move(journal, measure);
            }
            sampling.set(false);
            sampler.shutdownNow();
        }

        private void move(Journal journal, boolean measure) {
            int game = next++ % games;
            int version = ++versions[game];
            Instant now = Instant.now();
            String id = "g" + game;
            long offeredAt = System.nanoTime();
            if (!journal.offer(List.of(JournalMoves.game(id, game, version, now), JournalMoves.moved(id, version, now)))) {
                refused++;
                versions[game]--;
                return;
            }
            if (measure) {
                offered++;
                journal.flush(Duration.ofMinutes(1))
                        .subscribe(null, null, () -> settled.recordValue(System.nanoTime() - offeredAt));
            }
        }
    }
}
