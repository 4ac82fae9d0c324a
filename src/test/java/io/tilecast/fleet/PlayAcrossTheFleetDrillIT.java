package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.EventStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill: 50 games across the fleet. Players near {@code syd} and near {@code ams} (the creator near
 * one, the other player near the other), a spectator's stream near the second region; every
 * command is served by the game's host, no request ends in 404 or 5xx, every stream sees the last
 * move, and in the end the views read in both regions agree. Then: a client reads at once what it
 * was just told exists.
 */
class PlayAcrossTheFleetDrillIT {

    private static final int GAMES = 50;

    @TempDir
    Path data;

    @Test
    void fiftyGamesArePlayedAcrossTwoRegionsEachCommandServedByItsHost() {
        try (LocalFleet fleet = LocalFleet.start(data)) {
            long started = System.nanoTime();
            Map<String, Integer> statuses = new TreeMap<>();
            List<String> games = new ArrayList<>();
            List<Integer> finals = new ArrayList<>();
            for (int number = 0; number < GAMES; number++) {
                EdgeClient first = fleet.near(number % 2 == 0 ? "syd" : "ams");
                EdgeClient second = fleet.near(number % 2 == 0 ? "ams" : "syd");
                String alice = first.register("alice" + number);
                String bob = second.register("bob" + number);
                EdgeClient.Answer created = first.post("/api/games", "{\"seats\":2}", alice);
                count(statuses, created);
                String game = created.body().get("id").asString();
                String host = created.servedBy();
                assertThat(host).startsWith(first.region() + "/");
                games.add(game);
                try (EventStream spectator = EventStream.openPath(fleet.edge().port(), "/api/games/" + game + "/events",
                        null)) {
                    command(statuses, second, "/api/games/" + game + "/join", null, bob, host);
                    int version = command(statuses, first, "/api/games/" + game + "/start", null, alice, host);
                    String[] tokens = {alice, bob};
                    EdgeClient[] players = {first, second};
                    for (int turn = 0; turn < 6; turn++) { // six scoreless turns end it
                        version = command(statuses, players[turn % 2], "/api/games/" + game + "/moves",
                                "{\"type\":\"pass\",\"version\":" + version + "}", tokens[turn % 2], host);
                    }
                    int last = version;
                    spectator.await(event -> event.type().equals("ended") && Integer.parseInt(event.id()) == last,
                            Duration.ofSeconds(20));
                    finals.add(last);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            for (int i = 0; i < GAMES; i++) {
                String game = games.get(i);
                int last = finals.get(i);
                for (String region : List.of("ams", "syd")) {
                    await().atMost(Duration.ofSeconds(30)).until(() -> {
                        EdgeClient.Answer view = fleet.near(region).get("/api/games/" + game, null);
                        return view.status() == 200 && view.body().get("version").asInt() == last
                                && view.body().get("status").asString().equals("finished");
                    });
                }
            }
            readYourWrites(fleet);
            System.out.printf("Drill 'play across the fleet': %d games in %.1f s; answers by status %s;"
                    + " %d requests replayed by the edge%n", GAMES, seconds, statuses, fleet.edge().replays());
            assertThat(statuses.keySet()).allMatch(status -> status.startsWith("2"));
        }
    }

    /**
     * What a client was just told exists is found at once, wherever it asks: a player registered near
     * {@code syd} (written in the primary region, ahead of the replica) and read near {@code syd}; a
     * game created near {@code syd} and read near {@code ams}, before the journal has written it.
     */
    private static void readYourWrites(LocalFleet fleet) {
        EdgeClient sydney = fleet.near("syd");
        for (int attempt = 0; attempt < 20; attempt++) {
            EdgeClient.Answer registered = sydney.post("/api/players", "{\"name\":\"carol" + attempt + "\"}", null);
            String player = registered.body().get("id").asString();
            assertThat(sydney.get("/api/players/" + player, null).status()).isEqualTo(200);
            String game = sydney.post("/api/games", "{\"seats\":2}", registered.body().get("token").asString())
                    .body().get("id").asString();
            assertThat(fleet.near("ams").get("/api/games/" + game, null).status()).isEqualTo(200);
        }
    }

    /** A command that must be acknowledged by the game's host; gives the version it reached. */
    private static int command(Map<String, Integer> statuses, EdgeClient client, String path, String body,
                               String token, String host) {
        EdgeClient.Answer answer = client.post(path, body, token);
        count(statuses, answer);
        assertThat(answer.status()).as(path + ": " + answer.text()).isEqualTo(200);
        assertThat(answer.servedBy()).as("served by the game's host").isEqualTo(host);
        return answer.body().get("version").asInt();
    }

    private static void count(Map<String, Integer> statuses, EdgeClient.Answer answer) {
        statuses.merge(String.valueOf(answer.status()), 1, Integer::sum);
    }
}
