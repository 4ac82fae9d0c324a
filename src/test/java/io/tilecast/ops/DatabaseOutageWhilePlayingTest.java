package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.journal.Journal;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.Problems;
import io.tilecast.support.RestartablePostgres;
import io.tilecast.support.RunningServer;
import io.tilecast.support.StartedGame;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

/**
 * PostgreSQL goes away in the middle of games: moves go on being acknowledged, and everything
 * is written once it is back; a journal that has no room left refuses moves loudly instead.
 */
class DatabaseOutageWhilePlayingTest {

    @TempDir
    Path data;

    @Test
    void movesAreAcknowledgedAndTheMachineStaysReadyWhileTheDatabaseIsDownAndAllIsWrittenWhenItReturns() {
        try (RestartablePostgres postgres = new RestartablePostgres(data);
             RunningServer server = RunningServer.start(postgres.url(), "tilecast.journal.retry-max=200ms")) {
            StartedGame game = StartedGame.start(server.http());
            server.bean(Journal.class).flush(Duration.ofSeconds(10)).block();

            postgres.stop();
            int version = game.passes(5);
            assertThat(server.bean(Journal.class).depth()).isPositive();
            // Hosts still acknowledge moves, so the machine stays in rotation; operators see the database down.
            server.http().get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
            server.http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
            server.http().get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503);
            server.operations().get().uri("/actuator/health").exchange()
                    .expectBody().jsonPath("$.components.r2dbc.status").isEqualTo("DOWN");

            postgres.start();
            server.bean(Journal.class).flush(Duration.ofSeconds(30)).block();
            assertThat(postgres.count("SELECT count(*) FROM game_events WHERE game_id = '" + game.id() + "'"))
                    .isEqualTo(version);
            assertThat(postgres.count("SELECT max(version) FROM game_events WHERE game_id = '" + game.id() + "'"))
                    .isEqualTo(version);
        }
    }

    @Test
    void whenTheJournalIsFullMovesAreRefusedWithJournalFullAndNoAcknowledgedMoveIsLost() {
        try (RestartablePostgres postgres = new RestartablePostgres(data);
             RunningServer server = RunningServer.start(postgres.url(), "tilecast.journal.capacity=8",
                     "tilecast.journal.retry-max=200ms")) {
            StartedGame game = StartedGame.start(server.http());
            server.bean(Journal.class).flush(Duration.ofSeconds(10)).block();

            postgres.stop();
            int acknowledged = game.passes(4); // two entries a move: the event and the games row
            ApiPlayer mover = game.toMove();
            ApiPlayer.Reply refused = mover.pass(game.id(), acknowledged);

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("journal-full");
            assertThat(game.alice().view(game.id()).version()).isEqualTo(acknowledged);
            server.http().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
            server.operations().get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.components.journal.status").isEqualTo("OUT_OF_SERVICE");
            server.operations().get().uri("/actuator/prometheus").exchange().expectBody(String.class)
                    .value(metrics -> assertThat(metrics).containsPattern("tilecast_journal_refused_total\\S* [1-9]")
                            .containsPattern("tilecast_ready\\S* 0"));

            postgres.start();
            server.bean(Journal.class).flush(Duration.ofSeconds(30)).block();
            assertThat(postgres.count("SELECT max(version) FROM game_events WHERE game_id = '" + game.id() + "'"))
                    .isEqualTo(acknowledged);
            assertThat(mover.pass(game.id(), acknowledged).status()).isEqualTo(200);
        }
    }

    @Test
    void withTheDatabaseDownRegistrationAndTheLobbyAreRefusedAsUnavailableNotLeftHanging() {
        try (RestartablePostgres postgres = new RestartablePostgres(data);
             RunningServer server = RunningServer.start(postgres.url(), "spring.r2dbc.pool.max-acquire-time=2s",
                     "tilecast.database.read-wait=2s")) {
            ApiPlayer.register(server.http(), "alice");

            postgres.stop();
            for (var refused : List.of(
                    server.http().post().uri("/api/players").contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("name", "bob")).exchange(),
                    server.http().get().uri("/api/games").exchange())) {
                Problems.expectProblem(refused.expectHeader().valueEquals("Retry-After", "1"), 503,
                        "database-unavailable");
            }

            postgres.start();
            assertThat(ApiPlayer.register(server.http(), "bob").id()).isNotBlank();
            assertThat(postgres.count("SELECT count(*) FROM players WHERE NOT bot")).isEqualTo(2);
        }
    }
}
