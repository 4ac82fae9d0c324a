package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.play.hosting.HostedGames;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A finished game that is no longer in memory is read back from the database once, then kept
 * rebuilt (issue 22, finding 5): its view and GCG do not cost a rebuild on every request, and
 * every stream of it still gets its snapshot and ends.
 */
@IntegrationTest
class FinishedGameReadsTest {

    @Autowired
    WebTestClient http;
    @Autowired
    DatabaseClient database;
    @Autowired
    HostedGames games;
    @LocalServerPort
    int port;

    @Test
    void aFinishedGameIsRebuiltOnceAndThenServedAsKept() {
        StartedGame game = StartedGame.start(http);
        game.playOne();
        game.passesToTheEnd();
        await().untilAsserted(() -> assertThat(status(game.id())).isEqualTo("finished"));
        games.evict(game.id());
        ApiPlayer spectator = ApiPlayer.spectator(http);
        String view = spectator.view(game.id()).raw();
        String gcg = spectator.get("/api/games/" + game.id() + "/gcg").raw();

        database.sql("DELETE FROM game_events WHERE game_id = :id").bind("id", game.id()).fetch().rowsUpdated().block();

        assertThat(spectator.view(game.id()).raw()).as("not rebuilt from the (now empty) log").isEqualTo(view);
        assertThat(spectator.get("/api/games/" + game.id() + "/gcg").raw()).isEqualTo(gcg);
        for (int watcher = 0; watcher < 2; watcher++) {
            try (EventStream stream = EventStream.open(port, game.id(), null)) {
                assertThat(stream.await("snapshot").data()).contains("\"status\":\"finished\"");
                assertThat(stream.awaitEnd(Duration.ofSeconds(10))).as("the stream of a finished game ends").isTrue();
            }
        }
    }

    private String status(String id) {
        return database.sql("SELECT status FROM games WHERE id = :id").bind("id", id)
                .map(row -> row.get("status", String.class)).one().block();
    }
}
