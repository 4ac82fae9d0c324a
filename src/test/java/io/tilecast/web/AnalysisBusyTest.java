package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Working out analyses is limited to a number of permits per machine (issue 22, finding 5); with
 * none free, a request is {@code 503 analysis-busy} with {@code Retry-After}, counted, and keeps nothing.
 */
@IntegrationTest
@TestPropertySource(properties = "tilecast.analysis.permits=0")
class AnalysisBusyTest {

    @Autowired
    WebTestClient http;
    @Autowired
    DatabaseClient database;
    @Autowired
    MeterRegistry meters;

    @Test
    void withEveryPermitTakenTheRequestIsToldToComeBack() {
        StartedGame game = StartedGame.start(http);
        game.passes(6);

        ApiPlayer.Reply refused = ApiPlayer.spectator(http).get("/api/games/" + game.id() + "/analysis");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("analysis-busy");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER))).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("tilecast.analysis.refused").counter().count()).isEqualTo(1);
        assertThat(database.sql("SELECT count(*) AS n FROM game_analyses").map(row -> row.get("n", Long.class)).one()
                .block()).isZero();
    }
}
