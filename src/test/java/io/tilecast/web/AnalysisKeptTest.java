package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A finished game's analysis is worked out once and kept in PostgreSQL (issue 22, finding 5):
 * the first request writes it, every later one reads it, and the answer never changes.
 */
@IntegrationTest
class AnalysisKeptTest {

    @Autowired
    WebTestClient http;
    @Autowired
    DatabaseClient database;

    @Test
    void theFirstRequestKeepsTheAnalysisAndLaterOnesReadIt() {
        StartedGame game = StartedGame.start(http);
        game.playOne();
        game.passesToTheEnd();
        ApiPlayer spectator = ApiPlayer.spectator(http);

        ApiPlayer.Reply first = spectator.get("/api/games/" + game.id() + "/analysis");

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(kept(game.id())).isEqualTo(first.raw());
        assertThat(spectator.get("/api/games/" + game.id() + "/analysis").raw()).isEqualTo(first.raw());

        database.sql("UPDATE game_analyses SET analysis = '{\"moves\": [], \"kept\": true}' WHERE game_id = :id")
                .bind("id", game.id()).fetch().rowsUpdated().block();
        assertThat(spectator.get("/api/games/" + game.id() + "/analysis").raw())
                .as("read as kept, not worked out again").isEqualTo("{\"moves\": [], \"kept\": true}");
    }

    @Test
    void anAnalysisKeptInTheOlderShapeIsWorkedOutAgainWithEquityAndReplaced() {
        StartedGame game = StartedGame.start(http);
        game.playOne();
        game.passesToTheEnd();
        database.sql("INSERT INTO game_analyses (game_id, analysis, format) VALUES (:id, '{\"moves\": []}', 1)")
                .bind("id", game.id()).fetch().rowsUpdated().block();

        ApiPlayer.Reply answer = ApiPlayer.spectator(http).get("/api/games/" + game.id() + "/analysis");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body().get("format").asInt()).isEqualTo(2);
        assertThat(answer.body().get("moves").get(0).get("played").has("equity")).isTrue();
        assertThat(answer.body().get("players")).hasSize(2);
        assertThat(kept(game.id())).isEqualTo(answer.raw());
    }

    @Test
    void aGameInPlayHasNoAnalysisAndNothingIsKept() {
        StartedGame game = StartedGame.start(http);

        assertThat(ApiPlayer.spectator(http).get("/api/games/" + game.id() + "/analysis").code())
                .isEqualTo("game-not-finished");
        assertThat(kept(game.id())).isNull();
    }

    private String kept(String game) {
        return database.sql("SELECT analysis::text AS a FROM game_analyses WHERE game_id = :id").bind("id", game)
                .map(row -> row.get("a", String.class)).one().block();
    }
}
