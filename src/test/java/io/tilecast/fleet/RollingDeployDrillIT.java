package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.EventStream;
import io.tilecast.support.PackagedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill: a rolling deploy. Each machine in turn is stopped with SIGTERM and started again while 60
 * games are played, 40 near {@code ams} and 20 near {@code syd}, each watched. Every stream of the
 * stopped machine ends with {@code reconnect}; resumed with {@code Last-Event-ID}, it goes on with
 * no gap and no duplicate; no acknowledged move is lost. Prints each machine's time to exit.
 */
class RollingDeployDrillIT {

    @TempDir
    Path data;

    @Test
    void everyMachineStopsAndStartsInTurnWithoutLosingAMoveOrAnEvent() {
        try (LocalFleet fleet = LocalFleet.start(data)) {
            List<Game> games = new ArrayList<>();
            for (int number = 0; number < 60; number++) {
                EdgeClient near = fleet.near(number < 40 ? "ams" : "syd");
                String alice = near.register("alice" + number);
                String bob = near.register("bob" + number);
                EdgeClient.Answer created = near.post("/api/games", "{\"seats\":2}", alice);
                Game game = new Game(near, created.body().get("id").asString(), created.servedBy(),
                        new String[] {alice, bob});
                near.post("/api/games/" + game.id + "/join", null, bob);
                game.acknowledged = near.post("/api/games/" + game.id + "/start", null, alice).body()
                        .get("version").asInt();
                game.watch(fleet, null);
                games.add(game);
            }
            Map<String, String> exits = new LinkedHashMap<>();
            for (String id : LocalFleet.MACHINES) {
                List<Game> hosted = games.stream().filter(game -> game.host.endsWith("/" + id)).toList();
                PackagedServer machine = fleet.machine(id);
                long stopping = System.nanoTime();
                assertThat(machine.stop(Duration.ofSeconds(60))).as(id + " exits on SIGTERM").isTrue();
                exits.put(id, String.format("%.2f s", (System.nanoTime() - stopping) / 1e9));
                for (Game game : hosted) {
                    assertThat(game.stream.awaitEnd(Duration.ofSeconds(10))).isTrue();
                    assertThat(game.stream.events().getLast().type()).as(game.id).isEqualTo("reconnect");
                }
                fleet.restart(id);
                for (Game game : games) {
                    game.passUntilAcknowledged();
                }
                for (Game game : hosted) {
                    game.resumeAndCheck(fleet);
                }
            }
            int moves = games.size() * LocalFleet.MACHINES.size();
            System.out.printf("Drill 'rolling deploy': 60 games, each machine stopped (SIGTERM) and started in turn;"
                    + " time to exit %s; %d moves acknowledged across the restarts, none lost; every resumed stream"
                    + " without gap or duplicate%n", exits, moves);
        }
    }

    /** A game as its players and one spectator know it. */
    private static final class Game {
        final EdgeClient near;
        final String id;
        String host;
        final String[] tokens;
        int acknowledged;
        EventStream stream;

        Game(EdgeClient near, String id, String host, String[] tokens) {
            this.near = near;
            this.id = id;
            this.host = host;
            this.tokens = tokens;
        }

        void watch(LocalFleet fleet, String lastEventId) {
            stream = lastEventId == null ? EventStream.openWith(fleet.edge().port(), id, Map.of())
                    : EventStream.resume(fleet.edge().port(), id, null, lastEventId);
            stream.await(event -> event.id() != null && Integer.parseInt(event.id()) == acknowledged,
                    Duration.ofSeconds(30));
        }

        /** A pass, retried while the game's host is being handed over; it must follow the last acknowledged version. */
        void passUntilAcknowledged() {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
                EdgeClient.Answer moved = near.post("/api/games/" + id + "/moves",
                        "{\"type\":\"pass\",\"version\":" + acknowledged + "}", tokens[(acknowledged - 3) % 2]);
                if (moved.status() == 409) {
                    throw new AssertionError("an acknowledged move was lost: " + moved.text());
                }
                if (moved.status() != 200) {
                    return false;
                }
                acknowledged = moved.body().get("version").asInt();
                host = moved.servedBy();
                return true;
            });
        }

        /** The ended stream's events, then a stream resumed after the last of them: one unbroken run. */
        void resumeAndCheck(LocalFleet fleet) {
            List<EventStream.Event> before = stream.events().stream().filter(event -> event.id() != null
                    && !event.type().equals("reconnect")).toList();
            String lastId = before.getLast().id();
            stream.close();
            watch(fleet, lastId);
            List<Integer> versions = new ArrayList<>();
            before.stream().filter(event -> !event.type().equals("snapshot"))
                    .forEach(event -> versions.add(Integer.parseInt(event.id())));
            stream.events().stream().filter(event -> event.id() != null && !event.type().equals("reconnect"))
                    .forEach(event -> versions.add(Integer.parseInt(event.id())));
            int first = versions.getFirst();
            assertThat(versions).as(id + ": no gap, no duplicate")
                    .isEqualTo(IntStream.rangeClosed(first, acknowledged).boxed().toList());
        }
    }
}
