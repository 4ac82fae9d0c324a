package io.tilecast.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

@IntegrationTest
class SchemaMigrationTest {

    @Autowired
    DatabaseClient primary;

    @Autowired
    LocalDatabase local;

    @Test
    void migrationCreatesPlayersGamesEventsAndCredits() {
        List<String> tables = primary.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'
                        ORDER BY table_name""")
                .map(row -> row.get(0, String.class)).all().collectList().block();

        assertThat(tables).containsExactly("game_analyses", "game_chat", "game_credits", "game_events", "games",
                "player_blocks", "player_games", "player_mutes", "player_reports", "player_stats", "players", "ratings",
                "rematches");
    }

    @Test
    void aGameAndItsEventsAreWrittenOnThePrimaryAndReadBackOnTheLocalPool() {
        primary.sql("INSERT INTO players (id, name) VALUES ('p1', 'alice')").then().block();
        primary.sql("""
                        INSERT INTO games (id, region, host_machine, lease_epoch, status, seat_count, created_by, lexicon, seed)
                        VALUES ('local-abc', 'local', 'm1', 1, 'waiting', 2, 'p1', 'english', 42)""")
                .then().block();
        primary.sql("""
                        INSERT INTO game_events (game_id, version, type, payload, epoch)
                        VALUES ('local-abc', 1, 'created', '{"seats": 2}'::jsonb, 1)""")
                .then().block();

        Map<String, Object> game = local.client()
                .sql("SELECT g.status, g.seed, p.name FROM games g JOIN players p ON p.id = g.created_by WHERE g.id = 'local-abc'")
                .fetch().one().block();
        Map<String, Object> event = local.client()
                .sql("SELECT version, type, payload::text AS payload, epoch FROM game_events WHERE game_id = 'local-abc'")
                .fetch().one().block();

        assertThat(game).containsEntry("status", "waiting").containsEntry("seed", 42L).containsEntry("name", "alice");
        assertThat(event).containsEntry("version", 1).containsEntry("type", "created")
                .containsEntry("payload", "{\"seats\": 2}").containsEntry("epoch", 1L);
    }

    @Test
    void playerNamesAreUniqueRegardlessOfCase() {
        primary.sql("INSERT INTO players (id, name) VALUES ('p2', 'Bob')").then().block();

        Throwable error = primary.sql("INSERT INTO players (id, name) VALUES ('p3', 'bOB')").then()
                .materialize().block().getThrowable();

        assertThat(error).hasMessageContaining("players_name_key");
    }

    @Test
    void playerNamesAreUniqueOnceLookAlikeLettersAreFolded() {
        primary.sql("INSERT INTO players (id, name) VALUES ('p4', 'Olga')").then().block();

        Throwable error = primary.sql("INSERT INTO players (id, name) VALUES ('p5', '0Iga')").then()
                .materialize().block().getThrowable();

        assertThat(error).hasMessageContaining("players_name_folded_key");
    }
}
