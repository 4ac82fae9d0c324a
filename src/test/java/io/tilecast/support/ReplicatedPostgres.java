package io.tilecast.support;

import io.tilecast.database.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.springframework.test.util.TestSocketUtils;

/**
 * A PostgreSQL 17 primary with one streaming read replica, from the same binaries the tests use.
 * The replica is seeded without {@code pg_basebackup} (which the embedded binaries lack): a cold
 * copy of the cleanly stopped primary's data directory, with {@code standby.signal} and
 * {@code primary_conninfo}. The primary can be stopped and started again on the same port, and the
 * replica's replay paused and resumed, for drills.
 */
public final class ReplicatedPostgres implements AutoCloseable {

    private final Path primaryData;
    private final Path replicaData;
    private final int primaryPort = TestSocketUtils.findAvailableTcpPort();
    private final int replicaPort = TestSocketUtils.findAvailableTcpPort();
    private EmbeddedPostgres primary;
    private final EmbeddedPostgres replica;

    public ReplicatedPostgres(Path directory) {
        this.primaryData = directory.resolve("primary");
        this.replicaData = directory.resolve("replica");
        try {
            startPrimary();
            execute(primaryUrl(), "CREATE DATABASE tilecast");
            primary.close();
            copy(primaryData, replicaData);
            Files.setPosixFilePermissions(replicaData, PosixFilePermissions.fromString("rwx------"));
            Files.writeString(replicaData.resolve("standby.signal"), "");
            Files.writeString(replicaData.resolve("postgresql.auto.conf"),
                    "primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=postgres'\n",
                    java.nio.file.StandardOpenOption.APPEND);
            startPrimary();
            replica = TestDatabase.embeddedBuilder().setDataDirectory(replicaData).setCleanDataDirectory(false)
                    .setPort(replicaPort).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The primary's {@code tilecast} database. */
    public DatabaseUrl primaryUrl() {
        return new DatabaseUrl("127.0.0.1", primaryPort, "tilecast", "postgres", "", null);
    }

    /** The same database on the replica, read-only, a little behind. */
    public DatabaseUrl replicaUrl() {
        return new DatabaseUrl("127.0.0.1", replicaPort, "tilecast", "postgres", "", null);
    }

    public void stopPrimary() {
        try {
            primary.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void startPrimary() {
        try {
            primary = TestDatabase.embeddedBuilder().setDataDirectory(primaryData).setCleanDataDirectory(false)
                    .setPort(primaryPort).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pauses or resumes the replica's replay of the primary's WAL: reads there fall behind, or catch up. */
    public void replay(boolean on) {
        execute(replicaUrl(), on ? "SELECT pg_wal_replay_resume()" : "SELECT pg_wal_replay_pause()");
    }

    private static void execute(DatabaseUrl url, String sql) {
        DatabaseUrl server = new DatabaseUrl(url.host(), url.port(), sql.startsWith("CREATE DATABASE") ? "postgres"
                : url.database(), url.user(), url.password(), null);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("postmaster.pid")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            replica.close();
        } catch (IOException e) {
            // the drill goes on to stop the primary
        }
        try {
            primary.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
