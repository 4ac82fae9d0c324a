package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.EventStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drill: the host of a game is stopped with SIGTERM while two of its players watch. Their streams
 * end with {@code reconnect} and resume on the machine that takes the game over; neither is ever
 * shown away. A third player who never watches is the witness that the new host's grace period
 * has passed: the {@code presence} that shows them away must show the two watchers present.
 */
class PresenceAcrossDeployDrillIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    @Test
    void playersWatchingThroughAHandOverAreNeverShownAway() {
        try (LocalFleet fleet = LocalFleet.start(data)) {
            EdgeClient near = fleet.near("ams");
            String[] tokens = {near.register("alice"), near.register("bob"), near.register("carol")};
            EdgeClient.Answer created = near.post("/api/games", "{\"seats\":3}", tokens[0]);
            String game = created.body().get("id").asString();
            String host = created.servedBy();
            near.post("/api/games/" + game + "/join", null, tokens[1]);
            near.post("/api/games/" + game + "/join", null, tokens[2]);
            near.post("/api/games/" + game + "/start", null, tokens[0]);

            List<Watcher> watchers = List.of(new Watcher(fleet, game, "alice", tokens[0]),
                    new Watcher(fleet, game, "bob", tokens[1]));
            watchers.forEach(Watcher::awaitCarolAway); // and both of them here, on the first host
            watchers.forEach(watcher -> watcher.presences.clear());
            String stopped = host.substring(host.indexOf('/') + 1);
            assertThat(fleet.machine(stopped).stop(Duration.ofSeconds(60))).as(stopped + " exits on SIGTERM").isTrue();

            Map<String, String> back = new LinkedHashMap<>();
            for (Watcher watcher : watchers) {
                back.put(watcher.name, String.format("%.2f s", watcher.resume().toMillis() / 1000.0));
            }
            watchers.forEach(Watcher::awaitCarolAway);
            EdgeClient.Answer passed = near.post("/api/games/" + game + "/moves", "{\"type\":\"pass\",\"version\":"
                    + near.get("/api/games/" + game, tokens[0]).body().get("version").asInt() + "}", tokens[0]);
            assertThat(passed.status()).as(passed.text()).isEqualTo(200);
            assertThat(passed.servedBy()).doesNotEndWith("/" + stopped);
            for (Watcher watcher : watchers) {
                watcher.stream.await(event -> event.type().equals("moved"), WAIT);
                assertThat(watcher.presences).as(watcher.name + " saw every presence with alice and bob here")
                        .allMatch(present -> present.get(0).asBoolean() && present.get(1).asBoolean());
                watcher.stream.close();
            }
            System.out.printf("Drill 'presence across a deploy': host %s stopped (SIGTERM) while alice and bob"
                    + " watched; their streams back on %s in %s; neither shown away (presence grace 5 s)%n",
                    stopped, passed.servedBy(), back);
        }
    }

    /** One player's stream through the edge, resumed as a browser would after {@code reconnect}. */
    private static final class Watcher {
        final LocalFleet fleet;
        final String game;
        final String name;
        final String token;
        final List<JsonNode> presences = new ArrayList<>();
        EventStream stream;
        int seen;

        Watcher(LocalFleet fleet, String game, String name, String token) {
            this.fleet = fleet;
            this.game = game;
            this.name = name;
            this.token = token;
            this.stream = EventStream.open(fleet.edge().port(), game, token);
        }

        /**
         * Waits for the presence (or snapshot) that shows alice and bob here and carol (seat 2) away, keeping every
         * presence seen on the way.
         */
        void awaitCarolAway() {
            while (true) {
                EventStream.Event event = stream.await(e -> e.type().equals("presence") || e.id() != null, WAIT);
                if (event.id() != null && !event.type().equals("reconnect")) {
                    seen = Integer.parseInt(event.id());
                }
                if (event.type().equals("presence") || event.type().equals("snapshot")) {
                    JsonNode present = json.readTree(event.data()).get("present");
                    presences.add(present);
                    if (present.get(0).asBoolean() && present.get(1).asBoolean() && !present.get(2).asBoolean()) {
                        return;
                    }
                }
            }
        }

        /** After the stopped host's {@code reconnect}: the time until a resumed stream sends its first event. */
        Duration resume() {
            stream.await(event -> event.type().equals("reconnect"), WAIT);
            long from = System.nanoTime();
            while (System.nanoTime() - from < WAIT.toNanos()) {
                stream.close();
                stream = EventStream.resume(fleet.edge().port(), game, token, String.valueOf(seen));
                try {
                    EventStream.Event first = stream.await(event -> true, Duration.ofSeconds(2));
                    if (first.type().equals("presence") || first.type().equals("snapshot")) {
                        presences.add(json.readTree(first.data()).get("present"));
                    }
                    return Duration.ofNanos(System.nanoTime() - from);
                } catch (AssertionError noStreamYet) {
                    // the edge still sent it to the stopping machine, or the new host is taking the game
                }
            }
            throw new AssertionError(name + "'s stream did not come back within " + WAIT);
        }
    }
}
