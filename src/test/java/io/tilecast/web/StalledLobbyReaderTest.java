package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.SmallSendBuffers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lobby page whose connection stops reading, on a real socket (issue 22, finding 2): it is cut
 * off once its buffer overflows, and another page goes on getting every change. Socket buffers and
 * the high-water mark are kept small so that the lobby's changes overflow them.
 */
@IntegrationTest
@Import(SmallSendBuffers.class)
@TestPropertySource(properties = {"tilecast.lobby.page-buffer=2", "tilecast.play.lobby-read=100ms",
        "tilecast.play.waiting-games=1000", "tilecast.limits.create-per-player=1000/1h"})
class StalledLobbyReaderTest {

    private static final String LAST_CHUNK = "\r\n0\r\n\r\n";
    private static final int GAMES = 200;
    private static final int ROUND = 20;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    @Test
    void aLobbyPageThatStopsReadingIsCutOffAndAnotherPageSeesEveryChange() throws IOException {
        ApiPlayer host = ApiPlayer.register(http, "host");
        try (EventStream page = EventStream.openPath(port, "/api/lobby/events", null);
             Socket stalled = new Socket()) {
            page.await("snapshot");
            stalled.setReceiveBufferSize(1024);
            stalled.connect(new InetSocketAddress("localhost", port));
            stalled.getOutputStream().write(("GET /api/lobby/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            await().atMost(Duration.ofSeconds(10)).until(() -> meters.get("tilecast.lobby.streams").gauge().value() == 2);

            // In rounds the reading page keeps up with, so that no one read hands it more at once
            // than its connection takes: only the stalled page falls behind.
            List<String> created = new ArrayList<>();
            for (int round = 0; round < GAMES / ROUND; round++) {
                for (int i = 0; i < ROUND; i++) {
                    created.add(host.create(2).body().get("id").asString());
                }
                String last = created.getLast();
                page.await(event -> event.type().equals("game") && event.data().contains(last), Duration.ofSeconds(30));
            }
            String last = created.getLast();
            // Every game the lobby lists now reached the page that kept reading (a game created and
            // pushed out of the newest hundred between two reads is never listed, so not every one).
            try (EventStream fresh = EventStream.openPath(port, "/api/lobby/events", null)) {
                JsonNode listed = JsonMapper.builder().build().readTree(fresh.await("snapshot").data()).get("open");
                assertThat(listed).isNotEmpty().allSatisfy(game -> assertThat(page.raw()).contains(game.get("id").asString()));
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(meters.get("tilecast.lobby.cut.off").counter().count()).isEqualTo(1.0);
                assertThat(meters.get("tilecast.lobby.streams").gauge().value()).isEqualTo(1.0);
            });
            // Read at last: the snapshot and what was sent before the cut, then the end of the response.
            stalled.setSoTimeout(10_000);
            String received = readToTheLastChunk(stalled.getInputStream());
            assertThat(received).contains("event:snapshot").doesNotContain(last);
        }
    }

    private static String readToTheLastChunk(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!received.toString(StandardCharsets.UTF_8).endsWith(LAST_CHUNK)) {
            int read = in.read(buffer);
            assertThat(read).as("the server ends the response before closing").isPositive();
            received.write(buffer, 0, read);
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
