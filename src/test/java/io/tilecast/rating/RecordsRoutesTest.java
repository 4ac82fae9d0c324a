package io.tilecast.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** A player's games page by page, and the records routes' refusals of bad input. */
@IntegrationTest
class RecordsRoutesTest {

    @Autowired
    WebTestClient http;

    @Test
    void gamesComeNewestFirstAPageAtATimeUntilNextIsNull() {
        ApiPlayer ann = ApiPlayer.register(http, "ann");
        ApiPlayer ben = ApiPlayer.register(http, "ben");
        List<String> played = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String game = ann.create(2).body().get("id").asString();
            ben.join(game);
            int version = ann.start(game).version();
            ann.move(game, Map.of("type", "resign", "version", version));
            played.addFirst(game);
        }
        String path = "/api/players/" + ben.id() + "/games?limit=2";
        await().atMost(Duration.ofSeconds(5)).until(() -> ben.get(path).body().get("games").size() == 2
                && ben.get(path).body().get("games").get(0).get("id").asString().equals(played.getFirst()));

        JsonNode first = ben.get(path).body();
        JsonNode second = ben.get(path + "&before=" + first.get("next").asString()).body();

        assertThat(List.of(first.get("games").get(0).get("id").asString(), first.get("games").get(1).get("id").asString(),
                second.get("games").get(0).get("id").asString())).isEqualTo(played);
        assertThat(second.get("next").isNull()).isTrue();
        JsonNode game = first.get("games").get(0);
        assertThat(game.get("result").asString()).isEqualTo("win");
        assertThat(game.get("opponents").get(0).get("player").get("id").asString()).isEqualTo(ann.id());
        assertThat(game.get("ratingChange").asDouble()).isPositive();
    }

    @Test
    void badInputIsAProblemWithACode() {
        ApiPlayer ann = ApiPlayer.register(http, "ann");
        String games = "/api/players/" + ann.id() + "/games";

        assertThat(ann.get(games + "?before=not-a-cursor").code()).isEqualTo("invalid-cursor");
        assertThat(ann.get(games + "?limit=0").status()).isEqualTo(400);
        assertThat(ann.get(games + "?limit=many").status()).isEqualTo(400);
        assertThat(ann.get("/api/leaderboard").code()).isEqualTo("invalid-key");
        assertThat(ann.get("/api/leaderboard?key=english:blitz&limit=1000").status()).isEqualTo(400);
        assertThat(ann.get("/api/leaderboard?key=english:blitz").body().get("players").size()).isZero();
        assertThat(ann.post("/api/games", Map.of("seats", 2, "rated", "yes")).status()).isEqualTo(400);
        assertThat(ann.get("/api/players/" + ann.id() + "/ratings/english:blitz").body().get("history").size())
                .isZero();
    }
}
