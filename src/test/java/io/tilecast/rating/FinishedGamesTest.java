package io.tilecast.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.play.host.PlayerRef;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A finished game read from its row's outcome is the game its log replays to, so a game finished before rows kept
 * outcomes is recorded as it would be now.
 */
@IntegrationTest
@TestPropertySource(properties = "tilecast.ratings.sweep-every=1h")
class FinishedGamesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient http;

    @Autowired
    FinishedGames games;

    @Autowired
    DatabaseClient primary;

    @Test
    void aGamePlayedToTheEndReadsAlikeFromItsRowAndFromItsLog() {
        StartedGame game = StartedGame.start(http);
        game.playToTheEnd();

        FinishedGame fromRow = bothWays(game);

        assertThat(fromRow.scores()).allSatisfy(score -> assertThat(score).isNotZero());
        assertThat(fromRow.standings().seats()).isEqualTo(2);
    }

    @Test
    void aResignedGameReadsAlikeFromItsRowAndFromItsLog() {
        StartedGame game = StartedGame.start(http);
        int version = game.passes(1);
        assertThat(game.bob().move(game.id(), Map.of("type", "resign", "version", version)).status()).isEqualTo(200);

        FinishedGame fromRow = bothWays(game);

        assertThat(fromRow.results()).containsExactly("win", "loss");
        assertThat(fromRow.standings().score(0, 1)).isEqualTo(1);
    }

    /** The game as its row's outcome gives it, after checking that its replayed log gives the same. */
    private FinishedGame bothWays(StartedGame game) {
        String gameId = game.id();
        await().atMost(WAIT).until(() -> primary.sql("SELECT outcome IS NOT NULL FROM games WHERE id = $1")
                .bind(0, gameId).map(row -> row.get(0, Boolean.class)).one().blockOptional().orElse(false));
        FinishedGames.Claimed claimed = games.claim(1).single().block(WAIT);
        assertThat(claimed.id()).isEqualTo(gameId);
        FinishedGame fromRow = games.read(claimed).block(WAIT);
        FinishedGame replayed = games.read(new FinishedGames.Claimed(gameId, claimed.finishedAt(), claimed.seats(),
                claimed.rules(), claimed.lexicon(), null)).block(WAIT);
        assertThat(fromRow).isNotNull().usingRecursiveComparison().isEqualTo(replayed);
        assertThat(fromRow.players()).extracting(PlayerRef::id).containsExactly(game.alice().id(), game.bob().id());
        return fromRow;
    }
}
