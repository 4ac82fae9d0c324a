package io.tilecast.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/** A PostgreSQL server run by this process for local use, so that a fresh clone starts with no database installed. */
public final class EmbeddedDatabase implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(EmbeddedDatabase.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private volatile boolean running = true;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a server on a free loopback port over the given data folder (created when missing). */
    public static EmbeddedDatabase start(Path dataDirectory, Path binariesDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(binariesDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Stopped by the application's lifecycle, after the journal has drained into it.
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(binariesDirectory.toFile())
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            log.info("Embedded PostgreSQL listening on 127.0.0.1:" + postgres.getPort() + ", data in "
                    + dataDirectory.toAbsolutePath());
            return new EmbeddedDatabase(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public DatabaseUrl url() {
        return new DatabaseUrl("127.0.0.1", postgres.getPort(), DATABASE, USER, null, null);
    }

    @Override
    public void start() {
        // Started before the context, in start(Path, Path): the pools need it while beans are made.
    }

    @Override
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped; data kept in " + dataDirectory.toAbsolutePath());
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Last to stop: the journal drains into this database during shutdown. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
