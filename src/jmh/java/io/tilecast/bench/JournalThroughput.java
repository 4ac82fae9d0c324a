package io.tilecast.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.tilecast.journal.Journal;
import io.tilecast.journal.JournalEntry;
import io.tilecast.journal.JournalProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.LoggerFactory;

/**
 * How many events a second the journal moves into PostgreSQL: games x events offered one event per
 * offer, interleaved across games as live hosts would, timed from the first offer until a flush
 * confirms the last is stored. Runs against an embedded PostgreSQL 17 with fsync on.
 *
 * <p>Arguments: games, events per game, batch sizes to compare (defaults 1000, 100, "500,1000,2000"),
 * and how many journals write at once (default 1: one machine's; more stand for several machines
 * sharing the primary, each game always offered to the same one); each batch size gets two measured
 * rounds, after one warm-up round.
 */
public final class JournalThroughput {

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int eventsPerGame = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int[] batchSizes = Arrays.stream((args.length > 2 ? args[2] : "500,1000,2000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int writers = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        try (JournalDatabase database = JournalDatabase.start()) {
            ConnectionPool pool = JournalDatabase.pool(database.port());
            JournalProperties properties = JournalProperties.defaults();
            System.out.printf("Journal throughput: %d games x %d events per round, %d journal(s) writing at once,"
                            + " capacity %d, JDK %s, %d cores, load %s%n",
                    games, eventsPerGame, writers, properties.capacity(), Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Latencies.loadAverage());

            round("warm-up", "warm", Math.max(1, games / 5), eventsPerGame, pool, properties, writers);
            for (int round = 1; round <= 2; round++) {
                for (int batchSize : batchSizes) {
                    round("batch " + batchSize, "b" + batchSize + "r" + round, games, eventsPerGame, pool,
                            properties.withBatchSize(batchSize), writers);
                }
            }
            System.out.println(database.eventsStored());
            pool.dispose();
        }
    }

    private static void round(String name, String prefix, int games, int eventsPerGame, ConnectionPool pool,
                              JournalProperties properties, int writers) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Journal[] journals = new Journal[writers];
        for (int w = 0; w < writers; w++) {
            journals[w] = new Journal(pool, properties, meters);
            journals[w].start();
        }
        Instant now = Instant.now();
        long refused = 0;
        Latencies.JvmTime before = Latencies.JvmTime.now();
        long started = System.nanoTime();
        for (int g = 0; g < games; g++) {
            refused += offer(journals[g % writers], List.of(JournalMoves.game(prefix + "-" + g, g, 0, now)));
        }
        for (int v = 1; v <= eventsPerGame; v++) {
            for (int g = 0; g < games; g++) {
                refused += offer(journals[g % writers], List.of(JournalMoves.moved(prefix + "-" + g, v, now)));
            }
        }
        long offered = System.nanoTime();
        for (Journal journal : journals) {
            journal.flush(Duration.ofMinutes(5)).block();
        }
        long flushed = System.nanoTime();
        long cpu = Latencies.JvmTime.now().minus(before).cpuNanos();
        for (Journal journal : journals) {
            journal.stop();
        }

        long events = (long) games * eventsPerGame;
        double seconds = (flushed - started) / 1e9;
        long batches = meters.get("tilecast.journal.batch.latency").timer().count();
        System.out.printf("%-11s %,d events in %.2f s = %,.0f events/s, %,.0f batches/s (offers done after %.2f s, %,d"
                        + " offers refused and retried); %s; JVM CPU %.1f µs/event%n",
                name, events, seconds, events / seconds, batches / seconds, (offered - started) / 1e9, refused,
                Latencies.journalBatches(meters), cpu / 1e3 / events);
    }

    /** Offers until accepted: a host would answer 503 instead, the benchmark just waits for room. */
    private static long offer(Journal journal, List<? extends JournalEntry> entries) {
        long refused = 0;
        while (!journal.offer(entries)) {
            refused++;
            LockSupport.parkNanos(100_000);
        }
        return refused;
    }
}
