package io.tilecast.bench;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * The journal benchmarks' PostgreSQL: an embedded PostgreSQL 17 with default settings (fsync on),
 * Tilecast's schema and the two players every benchmark game is created by.
 */
final class JournalDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String jdbc;

    private JournalDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbc = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    static JournalDatabase start() throws IOException, SQLException {
        EmbeddedPostgres postgres = BenchPostgres.start("journal-bench");
        JournalDatabase database = new JournalDatabase(postgres);
        Flyway.configure().dataSource(database.jdbc, "postgres", "").locations("classpath:db/migration").load()
                .migrate();
        database.execute("INSERT INTO players (id, name) VALUES ('p0', 'p0'), ('p1', 'p1')");
        return database;
    }

    int port() {
        return postgres.getPort();
    }

    /** A pool shaped like the application's primary pool, to PostgreSQL at {@code port} on loopback. */
    static ConnectionPool pool(int port) {
        return new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(
                        ConnectionFactoryOptions.parse("r2dbc:postgresql://127.0.0.1:" + port + "/postgres").mutate()
                                .option(ConnectionFactoryOptions.USER, "postgres").build()))
                .initialSize(2).maxSize(20).build());
    }

    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** How many events were stored and their payloads' mean size, to check a round wrote what it offered. */
    String eventsStored() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), avg(octet_length(payload::text)) FROM game_events")) {
            rs.next();
            return String.format("game_events now holds %d rows, payload %.0f bytes on average", rs.getLong(1),
                    rs.getDouble(2));
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
