package io.tilecast.web;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * How a live stream opens: at once, even when a resume has nothing to replay (a browser shows
 * itself connected only when the response starts), and as a plain 404 for an unknown game.
 */
@IntegrationTest
class EventStreamOpeningTest {

    private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient http;

    @Test
    void aResumeWithNothingToReplayStartsWithAPingAtOnce() {
        String token = (String) http.post().uri("/api/players").bodyValue(Map.of("name", "alice"))
                .exchange().expectBody(Map.class).returnResult().getResponseBody().get("token");
        var game = http.post().uri("/api/games").header("Authorization", "Bearer " + token)
                .bodyValue(Map.of("seats", 2)).exchange().expectBody(Map.class).returnResult().getResponseBody();

        var events = http.get().uri("/api/games/{id}/events?lastEventId={v}", game.get("id"), game.get("version"))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/event-stream;charset=UTF-8")
                .returnResult(EVENTS).getResponseBody();

        StepVerifier.create(events)
                .assertNext(event -> assertThat(event.comment()).isEqualTo("ping"))
                .thenCancel()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void anUnknownGameIsNotFound() {
        expectProblem(http.get().uri("/api/games/local-nope/events").accept(MediaType.TEXT_EVENT_STREAM).exchange(),
                404, "game-not-found");
    }
}
