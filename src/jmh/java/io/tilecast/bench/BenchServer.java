package io.tilecast.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.tilecast.TilecastApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Tilecast process started in the benchmark's JVM, on an embedded PostgreSQL 17 of its own
 * (default settings, so fsync on), listening on a free loopback port.
 */
final class BenchServer implements AutoCloseable {

    private static final String SECRET = "a-benchmark-secret-that-is-at-least-32-bytes-long";

    /**
     * Every client of a benchmark is one address (loopback), and a few of its players make
     * thousands of moves or hold hundreds of streams: far more than the limits allow one client in
     * production (AckLatency registers 2,000 players; FanOut opens 1,000 streams a game, 300 of them
     * for its two seated players). The benchmarks measure play, not the limits.
     */
    static final String NO_LIMITS = "tilecast.limits.enabled=false";

    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext context;

    private BenchServer(EmbeddedPostgres postgres, ConfigurableApplicationContext context) {
        this.postgres = postgres;
        this.context = context;
    }

    static BenchServer start(String... properties) throws IOException {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        EmbeddedPostgres postgres = BenchPostgres.start("tilecast-bench");
        String[] args = new String[properties.length + 5];
        args[0] = "--server.port=0";
        args[1] = "--management.server.port=0";
        args[2] = "--tilecast.database.url=postgres://postgres:@127.0.0.1:" + postgres.getPort() + "/postgres";
        args[3] = "--tilecast.auth.secret=" + SECRET;
        args[4] = "--logging.level.root=WARN";
        for (int i = 0; i < properties.length; i++) {
            args[i + 5] = "--" + properties[i];
        }
        return new BenchServer(postgres, new SpringApplicationBuilder(TilecastApplication.class).run(args));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Runs statements on the database directly, over JDBC (to slow it down, for example). */
    void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** One number from the database, over JDBC. */
    long query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "");
             Statement s = c.createStatement(); var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws IOException {
        context.close();
        postgres.close();
    }
}
