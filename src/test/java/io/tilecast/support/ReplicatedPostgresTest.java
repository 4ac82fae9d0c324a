package io.tilecast.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replica streams what the primary writes, and falls behind while its replay is paused. */
class ReplicatedPostgresTest {

    @TempDir
    Path data;

    @Test
    void theReplicaReadsWhatThePrimaryWroteAndLagsWhileItsReplayIsPaused() throws SQLException {
        try (ReplicatedPostgres postgres = new ReplicatedPostgres(data)) {
            write(postgres, "CREATE TABLE notes (n int)", "INSERT INTO notes VALUES (1)");
            await().atMost(Duration.ofSeconds(20)).until(() -> notesOnReplica(postgres) == 1);

            postgres.replay(false);
            write(postgres, "INSERT INTO notes VALUES (2)");
            assertThat(RestartablePostgres.count(postgres.primaryUrl(), "SELECT count(*) FROM notes")).isEqualTo(2);
            assertThat(notesOnReplica(postgres)).as("paused: still one note").isEqualTo(1);

            postgres.replay(true);
            await().atMost(Duration.ofSeconds(20)).until(() -> notesOnReplica(postgres) == 2);
        }
    }

    private static long notesOnReplica(ReplicatedPostgres postgres) {
        try {
            return RestartablePostgres.count(postgres.replicaUrl(), "SELECT count(*) FROM notes");
        } catch (IllegalStateException notYetReplicated) {
            return 0;
        }
    }

    private static void write(ReplicatedPostgres postgres, String... statements) throws SQLException {
        var url = postgres.primaryUrl();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
