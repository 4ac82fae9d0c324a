package io.tilecast.journal;

import static io.tilecast.journal.Games.created;
import static io.tilecast.journal.Games.move;
import static io.tilecast.journal.Games.moves;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.r2dbc.pool.ConnectionPool;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A journal of ten entries whose writer has not started yet, so that the queue stays full. */
class FullQueueTest {

    MigratedDatabase database = MigratedDatabase.fresh();
    ConnectionPool pool = database.pool();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    Journal journal = new Journal(pool, JournalProperties.defaults().withCapacity(10), meters);

    @BeforeEach
    void registerPlayer() {
        database.execute("INSERT INTO players (id, name) VALUES ('hal', 'hal')");
    }

    @AfterEach
    void closePool() {
        journal.stop();
        pool.dispose();
    }

    @Test
    void theEleventhEntryIsRefusedAndTheTenAcceptedAreAllWritten() {
        assertThat(journal.offer(List.of(created("local-full", "hal", 1)))).isTrue();
        for (int version = 1; version <= 9; version++) {
            assertThat(journal.offer(List.of(move("local-full", version, 1)))).isTrue();
        }

        assertThat(journal.offer(List.of(move("local-full", 10, 1)))).isFalse();
        assertThat(journal.depth()).isEqualTo(10);
        assertThat(meters.get("tilecast.journal.refused").counter().count()).isEqualTo(1);

        journal.start();
        journal.flush(Duration.ofSeconds(10)).block();

        assertThat(database.count("SELECT count(*) FROM game_events WHERE game_id = 'local-full'")).isEqualTo(9);
        assertThat(database.count("SELECT max(version) FROM game_events WHERE game_id = 'local-full'")).isEqualTo(9);
        assertThat(journal.offer(List.of(move("local-full", 10, 1)))).isTrue();
    }

    @Test
    void anOfferIsAllOrNothing() {
        assertThat(journal.offer(List.of(created("local-whole", "hal", 1)))).isTrue();

        assertThat(journal.offer(moves("local-whole", 1, 10, 1))).isFalse();
        assertThat(journal.depth()).isEqualTo(1);
        assertThat(journal.offer(moves("local-whole", 1, 9, 1))).isTrue();
        assertThat(journal.depth()).isEqualTo(10);
    }

    @Test
    void healthIsOutOfServiceWhileTheQueueIsFull() {
        JournalHealth health = new JournalHealth(journal);
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");

        journal.offer(List.of(created("local-busy", "hal", 1)));
        journal.offer(moves("local-busy", 1, 9, 1));

        assertThat(health.health().getStatus().getCode()).isEqualTo("OUT_OF_SERVICE");
        assertThat(health.health().getDetails()).containsEntry("depth", 10).containsEntry("capacity", 10);
    }
}
