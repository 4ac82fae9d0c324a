package io.tilecast.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** A game's end recorded many times at once, as retries and other machines would, counts once. */
@IntegrationTest
@TestPropertySource(properties = "tilecast.ratings.sweep-every=1h")
class RatedOnceTest {

    @Autowired
    WebTestClient http;

    @Autowired
    RatingLedger ledger;

    @Autowired
    DatabaseClient primary;

    @Test
    void theSameGameRecordedEightTimesAtOnceIsRatedOnce() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        String game = resignedGame(alice, bob);

        List<Boolean> recorded = Flux.range(0, 8)
                .flatMap(i -> ledger.record(game).subscribeOn(Schedulers.parallel()))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(recorded).containsOnlyOnce(true);
        assertThat(ledger.record(game).block(Duration.ofSeconds(10))).as("a retry afterwards").isFalse();
        assertThat(count("SELECT count(*) FROM player_games WHERE game_id = '" + game + "'")).isEqualTo(2);
        assertThat(count("SELECT games FROM ratings WHERE player_id = '" + alice.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT games FROM player_stats WHERE player_id = '" + bob.id() + "'")).isEqualTo(1);
    }

    @Test
    void twoGamesOfOnePlayerEndingTogetherBothCount() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        String first = resignedGame(alice, ApiPlayer.register(http, "bob"));
        String second = resignedGame(alice, ApiPlayer.register(http, "carol"));

        List<Boolean> recorded = Flux.just(first, second, first, second)
                .flatMap(game -> ledger.record(game).subscribeOn(Schedulers.parallel()))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(recorded).filteredOn(Boolean::booleanValue).hasSize(2);
        assertThat(count("SELECT games FROM ratings WHERE player_id = '" + alice.id() + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM player_games WHERE player_id = '" + alice.id()
                + "' AND rating_after IS NOT NULL")).isEqualTo(2);
        assertThat(count("SELECT wins FROM player_stats WHERE player_id = '" + alice.id() + "'")).isEqualTo(2);
    }

    /** A rated game that the second player resigns, once its end is written on the primary. */
    private String resignedGame(ApiPlayer alice, ApiPlayer bob) {
        String game = alice.create(2).body().get("id").asString();
        bob.join(game);
        alice.start(game);
        int version = alice.pass(game, alice.view(game).version()).version();
        assertThat(bob.move(game, Map.of("type", "resign", "version", version)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(
                "SELECT count(*) FROM games WHERE status = 'finished' AND id = '" + game + "'") == 1);
        return game;
    }

    private long count(String sql) {
        return primary.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().blockOptional().orElse(0L);
    }
}
