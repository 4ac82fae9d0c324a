package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Every request on one kept-alive connection is answered, as browsers and fly's proxy send them:
 * refusals answered at once (a bad token, no token), a body too large, registrations. Reactor
 * Netty 1.3.6 and 1.3.7 can stop reading such a connection after an answer given at once, and the
 * next request then waited forever ({@code KeepAliveReads}).
 */
@IntegrationTest
class KeepAliveTest {

    @LocalServerPort
    int port;

    ConnectionProvider oneConnection;
    HttpClient client;

    @BeforeEach
    void connect() {
        oneConnection = ConnectionProvider.create("one-connection", 1);
        client = HttpClient.create(oneConnection).baseUrl("http://localhost:" + port)
                .headers(h -> h.set("Content-Type", "application/json"));
    }

    @AfterEach
    void disconnect() {
        oneConnection.dispose();
    }

    @Test
    void everyRequestOnOneKeptAliveConnectionIsAnswered() {
        List<String> answers = new ArrayList<>();
        String tooLarge = "{\"seats\":2,\"padding\":\"" + "x".repeat(100_000) + "\"}";
        for (int i = 0; i < 100; i++) {
            answers.add(post("/api/games", "Bearer v1.forged.token", i % 2 == 0 ? "{\"seats\":2}" : tooLarge));
            answers.add(post("/api/games", null, "{\"seats\":2}"));
            answers.add(post("/api/players", null, tooLarge));
            answers.add(post("/api/players", null, "{\"name\":\"keepalive" + i + "\"}"));
        }

        for (int i = 0; i < answers.size(); i += 4) {
            assertThat(answers.subList(i, i + 4)).containsExactly("401 keep-alive", "401 keep-alive", "413 keep-alive",
                    "201 keep-alive");
        }
    }

    /** The status, and whether the server keeps the connection after this answer. */
    private String post(String path, String authorization, String body) {
        return client.headers(h -> {
                    if (authorization != null) {
                        h.set("Authorization", authorization);
                    }
                })
                .post().uri(path).send((request, out) -> out.sendString(Mono.just(body)))
                .responseSingle((response, content) -> content.then(Mono.fromSupplier(() ->
                        response.status().code() + ("close".equalsIgnoreCase(response.responseHeaders()
                                .get("Connection")) ? " close" : " keep-alive"))))
                .block(Duration.ofSeconds(10));
    }
}
