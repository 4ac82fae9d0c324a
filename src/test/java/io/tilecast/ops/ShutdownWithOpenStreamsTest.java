package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

/**
 * Streams never end by themselves, so a graceful shutdown must end them: every open stream is
 * told to reconnect and completes. How long the context took to close is logged, not asserted.
 */
class ShutdownWithOpenStreamsTest {

    private static final Log log = LogFactory.getLog(ShutdownWithOpenStreamsTest.class);

    @Test
    void everyOpenStreamIsToldToReconnectAndEndsWhenTheServerStops() {
        RunningServer server = RunningServer.start(TestDatabase.fresh());
        List<EventStream> streams = new ArrayList<>();
        try {
            ApiPlayer alice = ApiPlayer.register(server.http(), "alice");
            List<String> games = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                games.add(alice.create(2).body().get("id").asString());
            }
            for (int i = 0; i < 100; i++) {
                EventStream stream = EventStream.open(server.port(), games.get(i % games.size()),
                        i % 2 == 0 ? alice.token() : null);
                streams.add(stream);
            }
            streams.forEach(stream -> stream.await("snapshot"));
            List<EventStream> lobbies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                lobbies.add(EventStream.openPath(server.port(), "/api/lobby/events", null));
            }
            lobbies.forEach(lobby -> lobby.await("snapshot"));

            Duration took = server.stop();
            log.info("Context with 100 open streams closed in " + took.toMillis() + " ms");

            for (EventStream stream : streams) {
                EventStream.Event reconnect = stream.await(e -> e.type().equals("reconnect"), Duration.ofSeconds(10));
                assertThat(reconnect.data()).contains("\"reason\":\"shutdown\"");
                assertThat(stream.events().getLast()).isEqualTo(reconnect);
            }
            assertThat(streams).allSatisfy(stream -> assertThat(stream.awaitEnd(Duration.ofSeconds(10))).isTrue());
            assertThat(lobbies).allSatisfy(lobby -> assertThat(lobby.awaitEnd(Duration.ofSeconds(10))).isTrue());
            lobbies.forEach(EventStream::close);
        } finally {
            streams.forEach(EventStream::close);
            server.close();
        }
    }
}
