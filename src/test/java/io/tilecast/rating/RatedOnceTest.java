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

        List<Integer> recorded = Flux.range(0, 8)
                .flatMap(i -> ledger.recordOldest(50).subscribeOn(Schedulers.parallel()))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(recorded).containsOnlyOnce(1).containsOnly(0, 1);
        assertThat(ledger.recordOldest(50).block(Duration.ofSeconds(10))).as("a retry afterwards").isZero();
        assertThat(count("SELECT count(*) FROM player_games WHERE game_id = '" + game + "'")).isEqualTo(2);
        assertThat(count("SELECT games FROM ratings WHERE player_id = '" + alice.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT games FROM player_stats WHERE player_id = '" + bob.id() + "'")).isEqualTo(1);
    }

    @Test
    void twoGamesOfOnePlayerRecordedAtOnceBothCount() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        resignedGame(alice, ApiPlayer.register(http, "bob"));
        resignedGame(alice, ApiPlayer.register(http, "carol"));

        List<Integer> recorded = Flux.range(0, 4)
                .flatMap(i -> ledger.recordOldest(1).subscribeOn(Schedulers.parallel()))
                .collectList().block(Duration.ofSeconds(30));

        assertThat(recorded.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertTwoWinsInARow(alice);
    }

    @Test
    void twoGamesOfOnePlayerInOneBatchAreRatedOneAfterTheOther() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        resignedGame(alice, ApiPlayer.register(http, "bob"));
        resignedGame(alice, ApiPlayer.register(http, "carol"));

        assertThat(ledger.recordOldest(50).block(Duration.ofSeconds(30))).isEqualTo(2);

        assertTwoWinsInARow(alice);
        assertThat(count("SELECT count(*) FROM player_games a JOIN player_games b ON b.player_id = a.player_id"
                + " AND b.rating_before = a.rating_after WHERE b.finished_at > a.finished_at"
                + " AND a.player_id = '" + alice.id() + "'")).as("rated in the order they finished").isEqualTo(1);
    }

    /** Both of the player's wins are recorded, one rated from the rating the other left. */
    private void assertTwoWinsInARow(ApiPlayer player) {
        String id = "'" + player.id() + "'";
        assertThat(count("SELECT games FROM ratings WHERE player_id = " + id)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM player_games WHERE player_id = " + id
                + " AND rating_after IS NOT NULL")).isEqualTo(2);
        assertThat(count("SELECT wins FROM player_stats WHERE player_id = " + id)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM player_games a JOIN player_games b ON b.player_id = a.player_id"
                + " AND b.rating_before = a.rating_after"
                + " AND b.rating_after > a.rating_after WHERE a.player_id = " + id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ratings r JOIN player_games p ON p.player_id = r.player_id"
                + " AND p.rating_after = r.rating WHERE r.player_id = " + id)).as("the last game's rating stands")
                .isEqualTo(1);
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
