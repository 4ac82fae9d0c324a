package io.tilecast.edge;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A machine in Sydney whose primary database is in Amsterdam, seen through fly's proxy. */
@IntegrationTest
@TestPropertySource(properties = {
        "tilecast.fly.region=syd", "tilecast.fly.primary-region=ams", "tilecast.fly.machine-id=148ed193b95d89"})
class ReplayFromOtherRegionTest {

    static final String AMS_GAME = "ams-4fK2pQ9xT7mB1cZ8";
    static final String SYD_GAME = "syd-9QpX2mT7bK4cZ1fA";
    static final String REPLAYED = "instance=3d8d9e3c295d89;region=lhr;t=1732627327123";

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    @Test
    void registrationIsReplayedToThePrimaryRegion() {
        double before = replays("primary-region");

        http.post().uri("/api/players").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "alice"))
                .exchange()
                .expectStatus().isTemporaryRedirect()
                .expectHeader().valueEquals("fly-replay", "region=ams")
                .expectBody().isEmpty();

        assertThat(replays("primary-region")).isEqualTo(before + 1);
    }

    @Test
    void moveInAnotherRegionsGameIsReplayedThere() {
        double before = replays("other-region");

        http.post().uri("/api/games/{id}/moves", AMS_GAME).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "pass", "version", 3)).exchange()
                .expectStatus().isTemporaryRedirect()
                .expectHeader().valueEquals("fly-replay", "region=ams")
                .expectBody().isEmpty();

        assertThat(replays("other-region")).isEqualTo(before + 1);
    }

    @Test
    void joinStartAndLiveStreamAreReplayedToo() {
        expectReplayedToAmsterdam(http.post().uri("/api/games/{id}/join", AMS_GAME).exchange());
        expectReplayedToAmsterdam(http.post().uri("/api/games/{id}/start", AMS_GAME).exchange());
        expectReplayedToAmsterdam(http.get().uri("/api/games/{id}/events", AMS_GAME)
                .accept(MediaType.TEXT_EVENT_STREAM).exchange());
    }

    @Test
    void requestReplayedOnceIsNeverReplayedAgain() {
        double before = replays("host-unavailable");

        expectProblem(http.post().uri("/api/games/{id}/moves", AMS_GAME).header("fly-replay-src", REPLAYED)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("type", "pass", "version", 3)).exchange()
                .expectHeader().valueEquals("Retry-After", "1")
                .expectHeader().doesNotExist("fly-replay"), 503, "host-unavailable");
        expectProblem(http.post().uri("/api/players").header("fly-replay-src", REPLAYED)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "bob")).exchange()
                .expectHeader().valueEquals("Retry-After", "1"), 503, "host-unavailable");

        assertThat(replays("host-unavailable")).isEqualTo(before + 2);
    }

    @Test
    void readsOfAnotherRegionsGameAreServedHere() {
        expectServedHere(http.get().uri("/api/games/{id}", AMS_GAME).exchange());
        expectServedHere(http.get().uri("/api/games/{id}/gcg", AMS_GAME).exchange());
        expectServedHere(http.get().uri("/api/games?status=waiting").exchange());
    }

    @Test
    void aPlayerThisRegionDoesNotKnowYetIsLookedUpInThePrimaryRegionOnce() {
        http.get().uri("/api/players/someone").exchange()
                .expectStatus().isTemporaryRedirect()
                .expectHeader().valueEquals("fly-replay", "region=ams");
        http.get().uri("/api/players/someone").header("fly-replay-src", "instance=syd1;region=syd").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void gameCreationIsServedWhereReceived() {
        expectServedHere(http.post().uri("/api/games").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("seats", 2)).exchange());
    }

    @Test
    void commandToAGameOfThisRegionIsServedHere() {
        expectServedHere(http.post().uri("/api/games/{id}/moves", SYD_GAME).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "pass", "version", 3)).exchange());
    }

    @Test
    void gameIdWithoutRegionIsLeftToTheController() {
        expectServedHere(http.post().uri("/api/games/{id}/moves", "nonsense").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "pass", "version", 3)).exchange());
    }

    @Test
    void everyResponseNamesRegionAndMachine() {
        expectServedBySydney(http.get().uri("/actuator/health").exchange().expectStatus().isOk());
        expectServedBySydney(http.get().uri("/api/no-such-route").exchange().expectStatus().isNotFound());
        expectServedBySydney(http.post().uri("/api/players").exchange().expectStatus().isTemporaryRedirect());
        expectServedBySydney(http.post().uri("/api/players").header("fly-replay-src", REPLAYED).exchange()
                .expectStatus().isEqualTo(503));
        expectServedBySydney(http.get().uri("/api/players/me").headers(h -> h.setBearerAuth("forged")).exchange()
                .expectStatus().isUnauthorized());
    }

    private static void expectReplayedToAmsterdam(WebTestClient.ResponseSpec response) {
        response.expectStatus().isTemporaryRedirect()
                .expectHeader().valueEquals("fly-replay", "region=ams")
                .expectBody().isEmpty();
    }

    /** Not replayed; what the controller then answers (a game may not exist here) is not routing's business. */
    private static void expectServedHere(WebTestClient.ResponseSpec response) {
        response.expectHeader().doesNotExist("fly-replay")
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(307).isLessThan(500))
                .expectBody(Void.class);
    }

    private static void expectServedBySydney(WebTestClient.ResponseSpec response) {
        response.expectHeader().valueEquals("Tilecast-Served-By", "syd/148ed193b95d89").expectBody(Void.class);
    }

    private double replays(String reason) {
        return meters.get("tilecast.replays").tag("reason", reason).counter().count();
    }
}
