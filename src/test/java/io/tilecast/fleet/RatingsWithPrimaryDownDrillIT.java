package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.RestartablePostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill: rated games end in both regions while the primary is down. Every end is acknowledged at once; once the
 * primary is back each game is rated exactly once, by whichever machine's sweep gets to it first, and its view shows
 * the ratings.
 */
class RatingsWithPrimaryDownDrillIT {

    @TempDir
    Path data;

    @Test
    void gamesEndedWhileThePrimaryIsDownAreEachRatedOnceWhenItIsBack() {
        try (LocalFleet fleet = LocalFleet.start(data, "--tilecast.play.lease-ttl=90s",
                "--tilecast.play.lease-margin=10s")) {
            List<String[]> games = new ArrayList<>();
            String shared = fleet.near("ams").register("shared");
            for (int number = 0; number < 6; number++) {
                String region = number % 2 == 0 ? "ams" : "syd";
                EdgeClient near = fleet.near(region);
                String alice = number < 2 ? shared : near.register("alice" + number);
                String bob = near.register("bob" + number);
                String id = near.post("/api/games", "{\"seats\":2}", alice).body().get("id").asString();
                near.post("/api/games/" + id + "/join", null, bob);
                int version = near.post("/api/games/" + id + "/start", null, alice).body().get("version").asInt();
                games.add(new String[] {region, id, alice, bob, Integer.toString(version)});
            }

            fleet.postgres().stopPrimary();
            for (String[] game : games) {
                EdgeClient.Answer resigned = fleet.near(game[0]).post("/api/games/" + game[1] + "/moves",
                        "{\"type\":\"resign\",\"version\":" + game[4] + "}", game[2]);
                assertThat(resigned.status()).as(resigned.text()).isEqualTo(200);
            }
            fleet.postgres().startPrimary();
            long back = System.nanoTime();

            for (String[] game : games) {
                await().atMost(Duration.ofSeconds(60)).until(() -> count(fleet,
                        "SELECT count(*) FROM player_games WHERE rating_after IS NOT NULL AND game_id = '" + game[1] + "'")
                        == 2);
                await("the region's replica shows the game's ratings").atMost(Duration.ofSeconds(30)).until(() -> {
                    var ratings = fleet.near(game[0]).get("/api/games/" + game[1], null).body().get("ratings");
                    return ratings != null && ratings.size() == 2;
                });
            }
            double caughtUp = (System.nanoTime() - back) / 1e9;
            assertThat(count(fleet, "SELECT count(*) FROM player_games")).isEqualTo(12);
            assertThat(count(fleet, "SELECT max(games) FROM ratings WHERE player_id NOT IN (SELECT player_id FROM"
                    + " ratings WHERE games = 2)")).isEqualTo(1);
            assertThat(count(fleet, "SELECT count(*) FROM ratings WHERE games = 2")).as("the player of two games")
                    .isEqualTo(1);
            System.out.printf("Drill 'ratings with the primary down': 6 rated games ended in two regions while the primary"
                    + " was down; each rated exactly once %.1f s after it came back%n", caughtUp);
        }
    }

    private static long count(LocalFleet fleet, String sql) {
        return RestartablePostgres.count(fleet.postgres().primaryUrl(), sql);
    }
}
