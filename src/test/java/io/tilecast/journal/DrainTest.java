package io.tilecast.journal;

import static io.tilecast.journal.Games.created;
import static io.tilecast.journal.Games.moves;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Nothing queued is lost on a graceful stop. */
class DrainTest {

    @Test
    void stoppingWritesEverythingQueuedThenRefusesOffers() throws InterruptedException {
        MigratedDatabase database = MigratedDatabase.fresh();
        database.execute("INSERT INTO players (id, name) VALUES ('ivy', 'ivy')");
        ConnectionPool pool = database.pool();
        Journal journal = new Journal(pool, JournalProperties.defaults(), new SimpleMeterRegistry());
        journal.offer(List.of(created("local-drained", "ivy", 1)));
        journal.offer(moves("local-drained", 1, 3_000, 1));
        journal.start();

        CountDownLatch stopped = new CountDownLatch(1);
        journal.stop(stopped::countDown);

        assertThat(stopped.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(database.count("SELECT count(*) FROM game_events WHERE game_id = 'local-drained'")).isEqualTo(3_000);
        assertThat(journal.depth()).isZero();
        assertThat(journal.offer(moves("local-drained", 3_001, 3_001, 1))).isFalse();
        assertThat(journal.isRunning()).isFalse();
        pool.dispose();
    }

    @Test
    void closingTheApplicationWritesEverythingQueued() {
        DatabaseUrl url = TestDatabase.fresh();
        MigratedDatabase database = new MigratedDatabase(url);
        try (RunningServer app = RunningServer.start(url)) {
            database.execute("INSERT INTO players (id, name) VALUES ('jon', 'jon')");
            Journal journal = app.bean(Journal.class);
            List<JournalEntry> entries = new ArrayList<>();
            for (int game = 0; game < 20; game++) {
                entries.add(created("local-closing-" + game, "jon", 1));
            }
            for (int version = 1; version <= 1_000; version++) {
                for (int game = 0; game < 20; game++) {
                    entries.add(Games.move("local-closing-" + game, version, 1));
                }
            }
            assertThat(journal.offer(entries)).isTrue();

            app.stop();
        }

        assertThat(database.count("SELECT count(*) FROM game_events")).isEqualTo(20_000);
        assertThat(database.count("SELECT count(*) FROM games")).isEqualTo(20);
    }
}
