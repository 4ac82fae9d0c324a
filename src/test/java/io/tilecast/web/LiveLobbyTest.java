package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live lobby: a snapshot, then a {@code game} event for each creation, join, start, move and
 * end, and {@code gone} when a game leaves the lists; however many pages follow it, one read.
 */
@IntegrationTest
class LiveLobbyTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry registry;

    @Test
    void aGameIsFollowedFromItsCreationToItsEnd() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        try (EventStream lobby = EventStream.openPath(port, "/api/lobby/events", bob.token())) {
            JsonNode snapshot = json.readTree(lobby.await("snapshot").data());
            assertThat(snapshot.has("open")).isTrue();
            assertThat(snapshot.has("playing")).isTrue();
            assertThat(snapshot.get("mine").isArray()).isTrue();

            String id = alice.create(2).body().get("id").asString();
            JsonNode created = game(lobby, id, "waiting", 1);
            assertThat(created.get("seats").size()).isEqualTo(1);
            assertThat(created.get("clock").get("initial").asInt()).isEqualTo(1200);

            bob.join(id);
            assertThat(game(lobby, id, "waiting", 2).get("seats").size()).isEqualTo(2);
            alice.start(id);
            game(lobby, id, "active", 3);
            StartedGame started = new StartedGame(id, alice, bob);
            int version = started.playOne();
            game(lobby, id, "active", version);

            started.passesToTheEnd();
            game(lobby, id, "finished", alice.view(id).version());
            EventStream.Event gone = lobby.await(e -> e.type().equals("gone") && e.data().contains(id), WAIT);
            assertThat(json.readTree(gone.data()).get("id").asString()).isEqualTo(id);
        }
    }

    @Test
    void aPlayersOwnGamesAreInTheirSnapshotAndAVisitorHasNoMine() {
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        String id = carol.create(2).body().get("id").asString();
        try (EventStream anyone = EventStream.openPath(port, "/api/lobby/events", null)) {
            game(anyone, id, "waiting", 1); // in the snapshot once the journal has written it, else as an event
        }
        try (EventStream mine = EventStream.openPath(port, "/api/lobby/events", carol.token());
             EventStream visitor = EventStream.openPath(port, "/api/lobby/events", null)) {
            JsonNode snapshot = json.readTree(mine.await("snapshot").data());
            assertThat(snapshot.get("mine").toString()).contains(id);
            assertThat(snapshot.get("open").toString()).contains(id);
            assertThat(json.readTree(visitor.await("snapshot").data()).has("mine")).isFalse();
        }
    }

    @Test
    void manyPagesShareOneRead() {
        double before = registry.counter("tilecast.lobby.queries").count();
        long start = System.nanoTime();
        List<EventStream> pages = new ArrayList<>();
        try {
            for (int page = 0; page < 50; page++) {
                pages.add(EventStream.openPath(port, "/api/lobby/events", null));
            }
            pages.forEach(page -> page.await("snapshot"));
        } finally {
            pages.forEach(EventStream::close);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(registry.counter("tilecast.lobby.queries").count() - before).isLessThanOrEqualTo(seconds + 2);
    }

    /** Waits for the game at {@code version}, from the snapshot's lists or from a {@code game} event. */
    private static JsonNode game(EventStream lobby, String id, String status, int version) {
        EventStream.Event event = lobby.await(e -> (e.type().equals("game") || e.type().equals("snapshot"))
                && find(e, id, version) != null, WAIT);
        JsonNode game = find(event, id, version);
        assertThat(game.get("status").asString()).isEqualTo(status);
        return game;
    }

    private static JsonNode find(EventStream.Event event, String id, int version) {
        JsonNode data = json.readTree(event.data());
        List<JsonNode> candidates = new ArrayList<>();
        if (event.type().equals("game")) {
            candidates.add(data);
        } else {
            data.forEach(list -> list.forEach(candidates::add));
        }
        return candidates.stream()
                .filter(game -> game.get("id").asString().equals(id) && game.get("version").asInt() == version)
                .findFirst().orElse(null);
    }
}
