package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.SmallSendBuffers;
import io.tilecast.support.StartedGame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A client whose connection stops reading, on a real socket: the server cuts its stream off once
 * more than two deliveries have been handed to it while its connection holds more unsent bytes
 * than its high-water mark, and everyone else's stream goes on. Socket buffers and the high-water
 * mark are kept small so that a game's events overflow them.
 */
@IntegrationTest
@Import(SmallSendBuffers.class)
@TestPropertySource(properties = {"tilecast.play.resume-buffer=2", "tilecast.play.watcher-buffer=2"})
class StalledReaderTest {

    private static final Pattern ID = Pattern.compile("(?m)^id:(\\d+)$");
    private static final String LAST_CHUNK = "\r\n0\r\n\r\n";

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    @Test
    void aConnectionThatStopsReadingIsCutOffAndTheOthersGetEveryEvent() throws IOException {
        StartedGame game = StartedGame.start(http);
        int started = game.alice().view(game.id()).version();
        EventStream spectator = EventStream.open(port, game.id(), null);
        spectator.await("snapshot");
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(new InetSocketAddress("localhost", port));
            stalled.getOutputStream().write(("GET /api/games/" + game.id() + "/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            await().atMost(Duration.ofSeconds(10)).until(() -> gauge("tilecast.streams.open") == 2);

            int finished = game.playToTheEnd();

            assertThat(spectator.await("ended").id()).isEqualTo(String.valueOf(finished));
            assertThat(ids(spectator.raw())).isEqualTo(range(started, finished));
            assertThat(spectator.awaitEnd(Duration.ofSeconds(10))).as("a stream ends with its game").isTrue();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(meters.get("tilecast.streams.cut.off").counter().count()).isEqualTo(1.0);
                assertThat(gauge("tilecast.streams.open")).isZero();
            });
            // Read at last: an unbroken run of events from the snapshot, then the end of the response.
            stalled.setSoTimeout(10_000);
            String received = readToTheLastChunk(stalled.getInputStream());
            List<Integer> ids = ids(received);
            assertThat(ids).isEqualTo(range(started, ids.getLast()));
            assertThat(ids.getLast()).isLessThan(finished);
        } finally {
            spectator.close();
        }
    }

    private int gauge(String name) {
        return (int) meters.get(name).gauge().value();
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

    private static List<Integer> ids(String raw) {
        List<Integer> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(raw);
        while (matcher.find()) {
            ids.add(Integer.parseInt(matcher.group(1)));
        }
        return ids;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> range = new ArrayList<>();
        for (int id = from; id <= to; id++) {
            range.add(id);
        }
        return range;
    }
}
