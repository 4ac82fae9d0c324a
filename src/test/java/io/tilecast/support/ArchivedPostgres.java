package io.tilecast.support;

import io.tilecast.database.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.springframework.test.util.TestSocketUtils;

/**
 * A PostgreSQL 17 primary, from the binaries the tests use, that archives its WAL to a folder as
 * WAL-G archives it to object storage on fly; base backups taken with PostgreSQL's low-level backup
 * API (the embedded binaries have no {@code pg_basebackup}); and restores of a base backup to a
 * point in time, into a new data directory, replaying the archived WAL.
 */
public final class ArchivedPostgres implements AutoCloseable {

    /** What a base backup or restore copies of a data directory: not the server's runtime files, not its WAL. */
    private static final List<String> NOT_COPIED = List.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots",
            "pg_subtrans", "backup_label.old");

    private final Path directory;
    private final Path archive;
    private final EmbeddedPostgres primary;

    public ArchivedPostgres(Path directory) {
        this.directory = directory;
        this.archive = directory.resolve("wal-archive");
        try {
            Files.createDirectories(archive);
            primary = TestDatabase.embeddedBuilder()
                    .setDataDirectory(directory.resolve("primary"))
                    .setServerConfig("wal_level", "replica")
                    .setServerConfig("archive_mode", "on")
                    .setServerConfig("archive_timeout", "60")
                    .setPort(TestSocketUtils.findAvailableTcpPort())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Set here, not on the command line: the embedded server's options cannot hold spaces.
        execute(url("postgres"), "ALTER SYSTEM SET archive_command = 'test ! -f " + archive + "/%f && cp %p "
                + archive + "/%f'", "SELECT pg_reload_conf()", "CREATE DATABASE tilecast");
    }

    public DatabaseUrl url() {
        return url("tilecast");
    }

    private DatabaseUrl url(String database) {
        return new DatabaseUrl("127.0.0.1", primary.getPort(), database, "postgres", "", null);
    }

    public Path archive() {
        return archive;
    }

    /**
     * A base backup into {@code target}: {@code pg_backup_start}, a copy of the data directory while
     * the server goes on writing, {@code pg_backup_stop} (which waits until the WAL the copy needs is
     * archived), and its label written into the copy.
     */
    public void baseBackup(Path target) {
        try (Connection session = connect(url("postgres")); Statement sql = session.createStatement()) {
            sql.execute("SELECT pg_backup_start('tilecast base backup', true)");
            copyDataDirectory(directory.resolve("primary"), target);
            try (ResultSet stop = sql.executeQuery("SELECT labelfile FROM pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(target.resolve("backup_label"), stop.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The primary's clock now, as PostgreSQL writes it and reads it back as a recovery target. */
    public String now() {
        return query(url(), "SELECT clock_timestamp()::text");
    }

    /** Ends the current WAL segment and waits until it is archived, so that a restore can replay up to now. */
    public void archiveCurrentWal() {
        String segment = query(url(), "SELECT pg_walfile_name(pg_current_wal_lsn())");
        execute(url(), "SELECT pg_switch_wal()");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(archive.resolve(segment)));
    }

    /**
     * Restores {@code backup} into {@code target}, a new data directory, replaying the archive up to
     * {@code time}, and starts it: it promotes itself to a primary once it has reached the time.
     */
    public static EmbeddedPostgres restore(Path backup, Path archive, Path target, String time) {
        try {
            copyDataDirectory(backup, target);
            Files.writeString(target.resolve("recovery.signal"), "");
            Files.writeString(target.resolve("postgresql.auto.conf"), """
                    restore_command = 'cp %s/%%f %%p'
                    recovery_target_time = '%s'
                    recovery_target_action = 'promote'
                    archive_mode = 'off'
                    """.formatted(archive, time), StandardOpenOption.APPEND);
            EmbeddedPostgres restored = TestDatabase.embeddedBuilder().setDataDirectory(target)
                    .setCleanDataDirectory(false).setPort(TestSocketUtils.findAvailableTcpPort())
                    .setPGStartupWait(Duration.ofMinutes(2)) // it answers once it has replayed to a consistent state
                    .start();
            DatabaseUrl url = new DatabaseUrl("127.0.0.1", restored.getPort(), "postgres", "postgres", "", null);
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> query(url, "SELECT pg_is_in_recovery()::text").equals("false"));
            return restored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes in a folder, all files under it. */
    public static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyDataDirectory(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                Path copy = to.resolve(relative.toString());
                boolean skipped = relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy); // the skipped ones stay, empty: the server needs them
                } else if (!skipped) {
                    try {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    } catch (NoSuchFileException gone) {
                        // removed by the running server while copying: the WAL has whatever it held
                    }
                }
            }
        }
        Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
    }

    private static String query(DatabaseUrl url, String sql) {
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void execute(DatabaseUrl url, String... statements) {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
    }

    @Override
    public void close() {
        try {
            primary.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
