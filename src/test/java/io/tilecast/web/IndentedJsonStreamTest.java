package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operator who has the JSON indented still gets well-formed live events: each line of the data
 * is a {@code data:} line of its own, and a client joins them back into the same JSON.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jackson.serialization.indent-output=true")
class IndentedJsonStreamTest {

    @Autowired
    WebTestClient http;

    @LocalServerPort
    int port;

    @Test
    void aSnapshotWrittenOverSeveralLinesReadsBackAsTheGameView() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        String game = alice.create(2).body().get("id").asString();
        ApiPlayer.Reply view = alice.view(game);
        assertThat(view.raw()).contains("\n");

        try (EventStream stream = EventStream.open(port, game, alice.token())) {
            EventStream.Event snapshot = stream.await("snapshot");

            assertThat(stream.raw()).contains("\ndata:  \"id\"");
            JsonMapper json = JsonMapper.builder().build();
            assertThat(json.readTree(snapshot.data())).isEqualTo(view.body());
        }
    }
}
