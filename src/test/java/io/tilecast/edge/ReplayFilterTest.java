package io.tilecast.edge;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.play.host.GameHost;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** The replay filter with the application's own hosts and leases. */
@IntegrationTest
class ReplayFilterTest {

    static final String REPLAYED = "instance=m-other;region=local;t=1";

    @Autowired
    WebTestClient http;

    @Autowired
    ReplayFilter replays;

    @Autowired
    DatabaseClient primary;

    @Autowired
    MeterRegistry meters;

    @Test
    void aGameHostedHereRidesOnTheExchangeSoTheControllerDoesNotLookItUpAgain() {
        String game = ApiPlayer.register(http, "rider").create(2).body().get("id").asString();
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/games/{id}/join", game));
        AtomicReference<Optional<GameHost>> seen = new AtomicReference<>();

        replays.filter(exchange, passed -> {
            seen.set(ResolvedHost.of(passed, game));
            return Mono.empty();
        }).block();

        assertThat(seen.get()).map(GameHost::id).contains(game);
        assertThat(ResolvedHost.of(exchange, "local-AAAAAAAAAAAAAAAA")).as("only for the game it was found for").isEmpty();
    }

    @Test
    void aReplayedRequestForAnotherMachinesGameIsRefusedNotBounced() {
        game("local-BBBBBBBBBBBBBBBB", "machine-b");

        expectProblem(http.post().uri("/api/games/local-BBBBBBBBBBBBBBBB/join").header("fly-replay-src", REPLAYED)
                .exchange()
                .expectHeader().valueEquals("Retry-After", "1")
                .expectHeader().doesNotExist("fly-replay"), 503, "host-unavailable");
    }

    @Test
    void aGameNotYetWrittenGoesToTheMachineItsIdNamesOnceThenIsServedWhereItLands() {
        String game = "local-CCCCCCCCCCCCCCCC.gone-machine";
        String token = ApiPlayer.register(http, "lander").token();

        http.post().uri("/api/games/{id}/join", game).exchange()
                .expectStatus().isTemporaryRedirect()
                .expectHeader().valueEquals("fly-replay", "prefer_instance=gone-machine");
        expectProblem(http.post().uri("/api/games/{id}/join", game).header("fly-replay-src", REPLAYED)
                .headers(headers -> headers.setBearerAuth(token)).exchange(), 404, "game-not-found");
    }

    @Test
    void everyReasonIsCountedFromTheStart() {
        assertThat(meters.get("tilecast.replays").counters()).hasSize(ReplayFilter.Reason.values().length);
    }

    private void game(String id, String machine) {
        primary.sql("INSERT INTO players (id, name) VALUES ('p1', 'pat') ON CONFLICT DO NOTHING").then().block();
        primary.sql("INSERT INTO games (id, region, host_machine, lease_expires_at, lease_epoch, status, seat_count,"
                        + " created_by, lexicon, seed) VALUES (:id, 'local', :machine, now() + interval '30 seconds',"
                        + " 1, 'waiting', 2, 'p1', 'english', 7)")
                .bind("id", id).bind("machine", machine).then().block();
    }
}
