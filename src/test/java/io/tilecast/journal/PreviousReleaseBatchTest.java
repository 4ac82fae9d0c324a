package io.tilecast.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * During a rolling deploy the machines of the release before still call {@code journal_write_batch} with V15's 35
 * arguments; their batches are written, and their games get no outcome (the rating sweep replays those).
 */
@IntegrationTest
class PreviousReleaseBatchTest {

    private static final String TEXTS = "'{}'::text[]";

    @Autowired
    DatabaseClient primary;

    @Test
    void aBatchOfTheReleaseBeforeIsWrittenWithoutAnOutcome() {
        primary.sql("INSERT INTO players (id, name) VALUES ('dee', 'dee')").then().block();
        String game = "ARRAY['local-previous']";
        Integer appended = primary.sql("SELECT appended_events FROM journal_write_batch("
                        + game + ", ARRAY['local'], ARRAY['machine-1'], ARRAY[1]::bigint[], ARRAY[now()::text],"
                        + " ARRAY['finished'], ARRAY[2], ARRAY['[]'], ARRAY['dee'], ARRAY['english'], ARRAY['{}'],"
                        + " ARRAY[42]::bigint[], ARRAY[1], ARRAY[now()::text], ARRAY[now()::text], ARRAY['[]'],"
                        + game + ", ARRAY[1], ARRAY['ended'], '{}', ARRAY[1]::bigint[], ARRAY[now()::text],"
                        + " " + TEXTS + ", '{}'::bigint[], " + TEXTS + ", " + TEXTS + ", '{}'::boolean[],"
                        + " ARRAY[NULL]::text[], " + String.join(", ", Collections.nCopies(7, TEXTS)) + ")")
                .map(row -> row.get(0, Integer.class)).one().block();

        assertThat(appended).isEqualTo(1);
        Map<String, Object> row = primary.sql("SELECT status, seats::text AS seats, rules::text AS rules, outcome"
                        + " FROM games WHERE id = 'local-previous'")
                .fetch().one().block();
        assertThat(row).containsEntry("status", "finished").containsEntry("seats", "[]").containsEntry("rules", "{}")
                .containsEntry("outcome", null);
    }
}
