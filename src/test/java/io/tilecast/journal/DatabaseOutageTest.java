package io.tilecast.journal;

import static io.tilecast.journal.Games.created;
import static io.tilecast.journal.Games.moves;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.tilecast.support.RestartablePostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away while moves keep coming, then comes back on the same data and port: the
 * journal keeps accepting, counts its failures, and afterwards every entry is there exactly once.
 */
class DatabaseOutageTest {

    @TempDir
    Path data;

    @Test
    void entriesOfferedWhileTheDatabaseIsDownAreWrittenOnceItIsBack() {
        RestartablePostgres postgres = new RestartablePostgres(data);
        MigratedDatabase database = MigratedDatabase.migrate(postgres.url());
        database.execute("INSERT INTO players (id, name) VALUES ('kim', 'kim'), ('lee', 'lee')");
        ConnectionPool pool = database.pool();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Journal journal = new Journal(pool,
                JournalProperties.defaults().withRetry(Duration.ofMillis(50), Duration.ofMillis(400)), meters);
        journal.start();
        GameSaved game = created("local-outage", "kim", 1);
        journal.offer(List.of(game));
        journal.offer(moves("local-outage", 1, 100, 1));
        journal.flush(Duration.ofSeconds(10)).block();

        postgres.stop();
        assertThat(journal.offer(moves("local-outage", 101, 300, 1))).isTrue();
        assertThat(journal.offer(List.of(Games.finished(game, 300, "[]"),
                new GameFinished("local-outage", 1, List.of("kim", "lee"), List.of("lee"))))).isTrue();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> meters.get("tilecast.journal.failures").tag("kind", "transient").counter().count() >= 2);
        assertThat(journal.depth()).isEqualTo(202);
        assertThat(journal.offer(moves("local-outage", 301, 400, 1))).isTrue();

        postgres.start();
        journal.flush(Duration.ofSeconds(30)).block();

        assertThat(database.count("SELECT count(*) FROM game_events WHERE game_id = 'local-outage'")).isEqualTo(400);
        assertThat(database.count("SELECT count(DISTINCT version) FROM game_events WHERE version BETWEEN 1 AND 400"))
                .isEqualTo(400);
        assertThat(database.count("SELECT played + won FROM players WHERE id = 'lee'")).isEqualTo(2);
        assertThat(database.count("SELECT version FROM games WHERE id = 'local-outage'")).isEqualTo(300);
        assertThat(meters.get("tilecast.journal.failures").tag("kind", "rejected").counter().count()).isZero();
        journal.stop();
        pool.dispose();
        postgres.close();
    }
}
