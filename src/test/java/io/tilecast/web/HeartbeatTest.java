package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * An idle stream keeps getting its {@code : ping} comment from the host's heartbeat (one task per
 * event loop for all its streams), so that nothing between the browser and the server closes it.
 */
@IntegrationTest
@TestPropertySource(properties = "tilecast.play.heartbeat=200ms")
class HeartbeatTest {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient http;

    @Test
    void anIdleStreamGetsAPingEveryHeartbeatAndNothingElse() {
        String token = (String) http.post().uri("/api/players").bodyValue(Map.of("name", "alice"))
                .exchange().expectBody(Map.class).returnResult().getResponseBody().get("token");
        var game = http.post().uri("/api/games").header("Authorization", "Bearer " + token)
                .bodyValue(Map.of("seats", 2)).exchange().expectBody(Map.class).returnResult().getResponseBody();

        // The first ping at once, then one per heartbeat: four comments and no event but the presence that ends
        // a resumed stream's backlog.
        StepVerifier.create(http.get().uri("/api/games/{id}/events?lastEventId={v}", game.get("id"), game.get("version"))
                        .accept(MediaType.TEXT_EVENT_STREAM).exchange().returnResult(EVENTS).getResponseBody()
                        .filter(event -> !"presence".equals(event.event())).take(4)
                        .map(event -> event.comment() + "/" + event.event()))
                .recordWith(ArrayList::new)
                .expectNextCount(4)
                .consumeRecordedWith(seen -> assertThat(seen).containsOnly("ping/null"))
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }
}
