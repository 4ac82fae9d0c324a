package io.tilecast.support;

import io.tilecast.database.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.util.TestSocketUtils;

/**
 * A PostgreSQL server of a test's own, which the test can stop and start again on the same port
 * and data, to see what the application does while its database is away.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres postgres;

    public RestartablePostgres(Path data) {
        this.data = data;
        this.port = TestSocketUtils.findAvailableTcpPort();
        start();
    }

    public DatabaseUrl url() {
        return new DatabaseUrl("127.0.0.1", port, "postgres", "postgres", "", null);
    }

    public void start() {
        try {
            postgres = TestDatabase.embeddedBuilder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number from a query, read over a connection of its own. */
    public long count(String sql) {
        return count(url(), sql);
    }

    public static long count(DatabaseUrl url, String sql) {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A text from a query, read over a connection of its own. */
    public static String text(DatabaseUrl url, String sql) {
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
