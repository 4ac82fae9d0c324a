package io.tilecast.web;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Finding 8: a write signed in by the cookie is refused when another site's page sent it. */
@IntegrationTest
class CrossOriginWritesTest {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    ApiPlayer creator;
    ApiPlayer joiner;
    String game;

    @BeforeEach
    void aWaitingGame() {
        creator = ApiPlayer.register(http, "host");
        joiner = ApiPlayer.register(http, "guest");
        game = creator.create(2).body().get("id").asString();
    }

    @Test
    void anotherSitesPageCannotJoinAGameWithTheVisitorsCookie() {
        expectProblem(joinByCookie("https://evil.example").exchange(), 403, "cross-origin");
        expectProblem(joinByCookie("null").exchange(), 403, "cross-origin");

        assertThat(seatsTaken()).as("nobody joined").isEqualTo(1);
    }

    @Test
    void thisSitesOwnPagesMayWrite() {
        joinByCookie("http://localhost:" + port).exchange().expectStatus().isOk();

        assertThat(seatsTaken()).isEqualTo(2);
    }

    @Test
    void behindFlysProxyTheSiteIsTheForwardedHost() {
        joinByCookie("https://tilecast.fly.dev")
                .header("X-Forwarded-Host", "tilecast.fly.dev").header("X-Forwarded-Proto", "https")
                .exchange().expectStatus().isOk();
    }

    @Test
    void theSameNameOverPlainHttpOrAnotherPortIsAnotherSite() {
        expectProblem(joinByCookie("http://tilecast.fly.dev")
                .header("X-Forwarded-Host", "tilecast.fly.dev").header("X-Forwarded-Proto", "https")
                .exchange(), 403, "cross-origin");
        expectProblem(joinByCookie("http://localhost:1").exchange(), 403, "cross-origin");
    }

    @Test
    void aBearerTokenOrNoOriginIsNotACrossSiteRequest() {
        http.post().uri("/api/games/{id}/join", game).header("Origin", "https://evil.example")
                .headers(headers -> headers.setBearerAuth(joiner.token()))
                .exchange().expectStatus().isOk();

        ApiPlayer third = ApiPlayer.register(http, "third");
        String other = third.create(2).body().get("id").asString();
        http.post().uri("/api/games/{id}/join", other).cookie("tilecast_token", joiner.token())
                .exchange().expectStatus().isOk();
    }

    private WebTestClient.RequestBodySpec joinByCookie(String origin) {
        return http.post().uri("/api/games/{id}/join", game).cookie("tilecast_token", joiner.token())
                .header("Origin", origin);
    }

    private int seatsTaken() {
        int taken = 0;
        for (var seat : creator.view(game).body().get("seats")) {
            taken += seat.get("player") == null || seat.get("player").isNull() ? 0 : 1;
        }
        return taken;
    }
}
