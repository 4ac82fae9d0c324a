package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * Finding 8: a connection that sends nothing, or stops in the middle of a body, is closed; a live
 * stream, which is answered for as long as it is open, is not. The timeouts are short here.
 */
@IntegrationTest
@TestPropertySource(properties = {"server.netty.idle-timeout=500ms", "tilecast.http.read-timeout=300ms",
        "tilecast.play.heartbeat=200ms"})
class IdleConnectionsTest {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void aConnectionThatNeverSendsARequestIsClosed() throws IOException {
        try (Socket socket = connect()) {
            assertThat(socket.getInputStream().read()).as("closed by the server").isEqualTo(-1);
        }
    }

    @Test
    void aKeptAliveConnectionIsClosedOnceIdleAfterItsAnswer() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /api/bots HTTP/1.1\r\nHost: localhost\r\n\r\n");
            String answer = readUntilClosed(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aBodyThatStopsHalfwayEndsTheConnection() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /api/players HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"name\":");
            String answer = readUntilClosed(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 408").contains("\"code\":\"request-timeout\"");
        }
        assertThat(ApiPlayer.spectator(http).get("/api/bots").status()).isEqualTo(200);
    }

    @Test
    void aLiveStreamOutlivesTheIdleTimeout() {
        ApiPlayer creator = ApiPlayer.register(http, "watcher");
        var game = creator.create(2).body();

        // Seven pings take at least six heartbeats (1.2 s), over twice the idle timeout.
        StepVerifier.create(http.get().uri("/api/games/{id}/events?lastEventId={v}", game.get("id").asString(),
                                game.get("version").asInt())
                        .accept(MediaType.TEXT_EVENT_STREAM).exchange().returnResult(EVENTS).getResponseBody()
                        .filter(event -> event.comment() != null) // a resumed stream's presence comes first
                        .take(7).map(event -> String.valueOf(event.comment())))
                .expectNext("ping", "ping", "ping", "ping", "ping", "ping", "ping")
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("localhost", port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String readUntilClosed(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
