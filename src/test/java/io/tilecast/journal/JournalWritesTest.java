package io.tilecast.journal;

import static io.tilecast.journal.Games.created;
import static io.tilecast.journal.Games.move;
import static io.tilecast.journal.Games.moves;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.OperationsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/** The journal as the application wires it, writing into a real PostgreSQL. */
@IntegrationTest
class JournalWritesTest {

    private static final Duration FLUSH = Duration.ofSeconds(20);

    @Autowired
    Journal journal;

    @Autowired
    EventLog log;

    @Autowired
    DatabaseClient primary;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationContext context;

    @Test
    void eventsOfAGameAreWrittenInOrderWithConsecutiveVersions() {
        player("ann");
        List<JournalEntry> entries = new ArrayList<>();
        entries.add(created("local-ordered", "ann", 1));
        entries.addAll(moves("local-ordered", 1, 1_234, 1));

        assertThat(journal.offer(entries)).isTrue();
        journal.flush(FLUSH).block();

        List<StoredEvent> stored = log.read("local-ordered").collectList().block();
        assertThat(stored).hasSize(1_234);
        for (int i = 0; i < stored.size(); i++) {
            StoredEvent event = stored.get(i);
            assertThat(event.version()).isEqualTo(i + 1);
            assertThat(event.type()).isEqualTo("moved");
            assertThat(event.epoch()).isEqualTo(1);
            assertThat(event.payloadJson()).contains("\"score\": " + (i + 1 + 11) + ",");
        }
    }

    @Test
    void aLaterGameSavedChangesTheMutableColumnsOnly() {
        player("bob");
        GameSaved waiting = created("local-saved", "bob", 3);
        GameSaved active = Games.withState(waiting, "active", 2);
        GameSaved finished = Games.finished(active, 9, "[{\"seat\":0,\"score\":310},{\"seat\":1,\"score\":280}]");
        GameSaved reseeded = new GameSaved(finished.id(), "syd", "machine-9", 3, null, "finished", 4, "[]", "bob",
                "other", "{}", 7L, 9, Games.NOW.minusSeconds(5), finished.finishedAt(), finished.finalScoresJson(), null, null);

        journal.offer(List.of(waiting));
        journal.flush(FLUSH).block();
        assertThat(log.game("local-saved").block().status()).isEqualTo("waiting");

        journal.offer(List.of(active));
        journal.offer(moves("local-saved", 1, 9, 3));
        journal.offer(List.of(finished, reseeded));
        journal.flush(FLUSH).block();

        StoredGame game = log.game("local-saved").block();
        assertThat(game.status()).isEqualTo("finished");
        assertThat(game.version()).isEqualTo(9);
        assertThat(game.finishedAt()).isEqualTo(finished.finishedAt());
        assertThat(game.finalScoresJson()).contains("310");
        assertThat(game.seatsJson()).isEqualTo("[]");
        // Set once, when the row is inserted.
        assertThat(game.seed()).isEqualTo(42L);
        assertThat(game.region()).isEqualTo("local");
        assertThat(game.hostMachine()).isEqualTo("machine-1");
        assertThat(game.leaseEpoch()).isEqualTo(3);
        assertThat(game.leaseExpiresAt()).isEqualTo(waiting.leaseExpiresAt());
        assertThat(game.seatCount()).isEqualTo(2);
        assertThat(game.createdAt()).isEqualTo(Games.NOW);
        assertThat(game.lexicon()).isEqualTo("english");
    }

    @Test
    void aFinishedGameCreditsPlayedAndWonOnce() {
        player("cat");
        player("dan");
        GameSaved game = created("local-credit", "cat", 1);
        GameFinished end = new GameFinished("local-credit", 1, List.of("cat", "dan"), List.of("dan"));

        journal.offer(List.of(game, Games.finished(game, 3, "[]"), end, end));
        journal.flush(FLUSH).block();
        journal.offer(List.of(end));
        journal.flush(FLUSH).block();

        assertThat(playedAndWon("cat")).containsExactly(1, 0);
        assertThat(playedAndWon("dan")).containsExactly(1, 1);
    }

    @Test
    void entriesUnderALostLeaseAreNotWrittenAndTheHostIsTold() {
        player("eve");
        List<String> fencedGames = new CopyOnWriteArrayList<>();
        journal.onFenced(fencedGames::add);
        GameSaved lost = created("local-lost", "eve", 1);
        GameSaved kept = created("local-kept", "eve", 1);
        journal.offer(List.of(lost, kept));
        journal.flush(FLUSH).block();
        // Another machine claims the game: the epoch moves on.
        primary.sql("UPDATE games SET lease_epoch = 2, host_machine = 'machine-2' WHERE id = 'local-lost'")
                .then().block();
        double fencedBefore = counter("tilecast.journal.fenced");

        journal.offer(List.of(move("local-lost", 1, 1), Games.withState(lost, "active", 1), move("local-lost", 2, 1),
                move("local-kept", 1, 1), move("local-kept", 2, 1)));
        journal.flush(FLUSH).block();

        assertThat(log.read("local-lost").collectList().block()).isEmpty();
        assertThat(log.game("local-lost").block().status()).isEqualTo("waiting");
        assertThat(log.read("local-kept").map(StoredEvent::version).collectList().block()).containsExactly(1, 2);
        assertThat(fencedGames).containsExactly("local-lost");
        assertThat(counter("tilecast.journal.fenced") - fencedBefore).isEqualTo(3);
    }

    @Test
    void anEntryPostgresRejectsIsDroppedAloneAndTheRestIsWritten() {
        player("fay");
        double rejectedBefore = counter("tilecast.journal.failures", "kind", "rejected");
        List<JournalEntry> entries = new ArrayList<>();
        entries.add(created("local-before", "fay", 1));
        entries.addAll(moves("local-before", 1, 40, 1));
        // Nobody called "ghost" is registered: the foreign key refuses this games row.
        entries.add(created("local-ghost", "ghost", 1));
        entries.add(created("local-after", "fay", 1));
        entries.addAll(moves("local-after", 1, 40, 1));

        journal.offer(entries);
        journal.flush(FLUSH).block();

        assertThat(log.read("local-before").count().block()).isEqualTo(40);
        assertThat(log.read("local-after").count().block()).isEqualTo(40);
        assertThat(log.game("local-ghost").blockOptional()).isEmpty();
        assertThat(counter("tilecast.journal.failures", "kind", "rejected") - rejectedBefore).isEqualTo(1);
    }

    @Test
    void eventsOfAGameThatWasNeverSavedAreCountedAsRejected() {
        double rejectedBefore = counter("tilecast.journal.failures", "kind", "rejected");

        journal.offer(moves("local-unsaved", 1, 3, 1));
        journal.flush(FLUSH).block();

        assertThat(log.read("local-unsaved").count().block()).isZero();
        assertThat(counter("tilecast.journal.failures", "kind", "rejected") - rejectedBefore).isEqualTo(3);
        assertThat(journal.depth()).isZero();
    }

    @Test
    void oneBatchWritesANewGameWholeAndTellsALostLeaseFromAMissingGame() {
        player("hal");
        List<String> fencedGames = new CopyOnWriteArrayList<>();
        journal.onFenced(fencedGames::add);
        journal.offer(List.of(created("local-claimed", "hal", 1)));
        journal.flush(FLUSH).block();
        primary.sql("UPDATE games SET lease_epoch = 2 WHERE id = 'local-claimed'").then().block();
        double fencedBefore = counter("tilecast.journal.fenced");
        double rejectedBefore = counter("tilecast.journal.failures", "kind", "rejected");
        GameSaved fresh = created("local-fresh", "hal", 1);
        List<JournalEntry> batch = new ArrayList<>();
        batch.add(fresh);
        batch.addAll(moves("local-fresh", 1, 3, 1));
        batch.add(Games.finished(fresh, 3, "[]"));
        batch.add(new GameFinished("local-fresh", 1, List.of("hal"), List.of("hal")));
        batch.add(move("local-claimed", 1, 1));
        batch.addAll(moves("local-nowhere", 1, 2, 1));

        journal.offer(batch);
        journal.flush(FLUSH).block();

        assertThat(log.read("local-fresh").map(StoredEvent::version).collectList().block()).containsExactly(1, 2, 3);
        assertThat(log.game("local-fresh").block().status()).isEqualTo("finished");
        assertThat(playedAndWon("hal")).containsExactly(1, 1);
        assertThat(log.read("local-claimed").count().block()).isZero();
        assertThat(log.read("local-nowhere").count().block()).isZero();
        assertThat(fencedGames).containsExactly("local-claimed");
        assertThat(counter("tilecast.journal.fenced") - fencedBefore).isEqualTo(1);
        assertThat(counter("tilecast.journal.failures", "kind", "rejected") - rejectedBefore).isEqualTo(2);
    }

    @Test
    void readinessIncludesTheJournal() {
        OperationsClient.of(context).get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.journal.status").isEqualTo("UP")
                .jsonPath("$.components.journal.details.capacity").isEqualTo(100_000)
                .jsonPath("$.components.journal.details.depth").isNumber()
                .jsonPath("$.components.journal.details.lagSeconds").isNumber();
    }

    @Test
    void writtenEventsAndBatchesAreMeasured() {
        player("gil");
        double writtenBefore = counter("tilecast.journal.written");
        List<JournalEntry> entries = new ArrayList<>();
        entries.add(created("local-measured", "gil", 1));
        entries.addAll(moves("local-measured", 1, 25, 1));

        journal.offer(entries);
        journal.flush(FLUSH).block();

        assertThat(counter("tilecast.journal.written") - writtenBefore).isEqualTo(25);
        assertThat(meters.get("tilecast.journal.batch.size").summary().count()).isPositive();
        assertThat(meters.get("tilecast.journal.batch.latency").timer().count()).isPositive();
        assertThat(meters.get("tilecast.journal.queue.depth").gauge().value()).isZero();
        assertThat(meters.get("tilecast.journal.lag").gauge().value()).isZero();
    }

    private void player(String id) {
        primary.sql("INSERT INTO players (id, name) VALUES ($1, $1)").bind(0, id).then().block();
    }

    private List<Integer> playedAndWon(String id) {
        Map<String, Object> row = primary.sql("SELECT played, won FROM players WHERE id = $1").bind(0, id)
                .fetch().one().block();
        return List.of((Integer) row.get("played"), (Integer) row.get("won"));
    }

    private double counter(String name, String... tags) {
        return meters.get(name).tags(tags).counter().count();
    }
}
