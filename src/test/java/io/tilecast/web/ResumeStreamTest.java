package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
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
        StartedGame game = StartedGame.start(http);
        String lastSeen;
        try (EventStream stream = EventStream.open(port, game.id(), game.bob().token())) {
            lastSeen = stream.await("snapshot").id();
        }
        game.passes(2);

        try (EventStream resumed = EventStream.resume(port, game.id(), game.bob().token(), lastSeen)) {
            EventStream.Event second = resumed.await(e -> String.valueOf(Integer.parseInt(lastSeen) + 2).equals(e.id()),
                    java.time.Duration.ofSeconds(10));
            resumed.await(e -> e.type().equals("presence"), java.time.Duration.ofSeconds(10));
            List<EventStream.Event> received = resumed.events();
            assertThat(received).extracting(EventStream.Event::type).containsExactly("moved", "moved", "presence");
            assertThat(received.getFirst().id()).isEqualTo(String.valueOf(Integer.parseInt(lastSeen) + 1));
            assertThat(second.type()).isEqualTo("moved");
        }
    }

    @Test
    void aClientTooFarBehindGetsASnapshotOfTheGameAsItIsNow() {
        StartedGame game = StartedGame.start(http);
        int now = game.passes(5);

        try (EventStream resumed = EventStream.resume(port, game.id(), game.bob().token(), "3")) {
            EventStream.Event first = resumed.await(e -> true, java.time.Duration.ofSeconds(10));
            assertThat(first.type()).isEqualTo("snapshot");
            assertThat(first.id()).isEqualTo(String.valueOf(now));
        }
    }

    @Test
    void theQueryParameterWorksLikeTheHeader() {
        StartedGame game = StartedGame.start(http);
        int now = game.passes(1);

        try (EventStream resumed = EventStream.openPath(port, "/api/games/" + game.id() + "/events?lastEventId=" + (now - 1),
                null)) {
            EventStream.Event first = resumed.await(e -> true, java.time.Duration.ofSeconds(10));
            assertThat(first.type()).isEqualTo("moved");
            assertThat(first.id()).isEqualTo(String.valueOf(now));
        }
    }
}
