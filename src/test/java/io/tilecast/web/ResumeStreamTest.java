package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A client that lost its stream comes back with Last-Event-ID, as a browser's EventSource does. */
@IntegrationTest
@TestPropertySource(properties = "tilecast.play.resume-buffer=4")
class ResumeStreamTest {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void aClientComingBackWithLastEventIdGetsExactlyTheEventsItMissed() {
        Game game = Game.started(http);
        String lastSeen;
        try (EventStream stream = EventStream.open(port, game.id(), game.bob().token())) {
            lastSeen = stream.await("snapshot").id();
        }
        game.passes(2);

        try (EventStream resumed = EventStream.resume(port, game.id(), game.bob().token(), lastSeen)) {
            EventStream.Event second = resumed.await(e -> e.id().equals(String.valueOf(Integer.parseInt(lastSeen) + 2)),
                    java.time.Duration.ofSeconds(10));
            List<EventStream.Event> received = resumed.events();
            assertThat(received).extracting(EventStream.Event::type).containsExactly("moved", "moved");
            assertThat(received.getFirst().id()).isEqualTo(String.valueOf(Integer.parseInt(lastSeen) + 1));
            assertThat(second.type()).isEqualTo("moved");
        }
    }

    @Test
    void aClientTooFarBehindGetsASnapshotOfTheGameAsItIsNow() {
        Game game = Game.started(http);
        int now = game.passes(5);

        try (EventStream resumed = EventStream.resume(port, game.id(), game.bob().token(), "3")) {
            EventStream.Event first = resumed.await(e -> true, java.time.Duration.ofSeconds(10));
            assertThat(first.type()).isEqualTo("snapshot");
            assertThat(first.id()).isEqualTo(String.valueOf(now));
        }
    }

    @Test
    void theQueryParameterWorksLikeTheHeader() {
        Game game = Game.started(http);
        int now = game.passes(1);

        try (EventStream resumed = EventStream.openPath(port, "/api/games/" + game.id() + "/events?lastEventId=" + (now - 1),
                null)) {
            EventStream.Event first = resumed.await(e -> true, java.time.Duration.ofSeconds(10));
            assertThat(first.type()).isEqualTo("moved");
            assertThat(first.id()).isEqualTo(String.valueOf(now));
        }
    }

    /** A started game between two fresh players. */
    record Game(String id, ApiPlayer alice, ApiPlayer bob) {

        static Game started(WebTestClient http) {
            ApiPlayer alice = ApiPlayer.register(http, "alice");
            ApiPlayer bob = ApiPlayer.register(http, "bob");
            String id = alice.create(2).body().get("id").asString();
            bob.join(id);
            alice.start(id);
            return new Game(id, alice, bob);
        }

        /** Passes by whoever is to move; gives the version reached. */
        int passes(int count) {
            int version = alice.view(id).version();
            for (int i = 0; i < count; i++) {
                ApiPlayer mover = alice.view(id).body().get("turn").asInt() == 0 ? alice : bob;
                version = mover.pass(id, version).version();
            }
            return version;
        }
    }
}
