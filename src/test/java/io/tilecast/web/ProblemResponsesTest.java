package io.tilecast.web;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Every error a client can provoke is a 4xx problem with a code; the unexpected is a bare 500. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesTest {

    @Autowired
    WebTestClient http;

    @Autowired
    DatabaseClient database;

    /** Routes that exist only to provoke what no real route should do. */
    @TestConfiguration
    static class Provocations {

        @Bean
        RouterFunction<ServerResponse> exploding() {
            return RouterFunctions.route().GET("/api/test/explode",
                    request -> Mono.error(new IllegalStateException("internal detail no client may see"))).build();
        }

        @Bean
        MoveLike moveLike() {
            return new MoveLike();
        }
    }

    @RestController
    static class MoveLike {

        record Move(String type, int version) {
        }

        @PostMapping("/api/test/moves")
        @BadRequestCode("bad-move")
        Mono<Move> move(@RequestBody Move move) {
            return Mono.just(move);
        }
    }

    @Test
    void malformedJsonIsABadRequest() {
        expectProblem(post("/api/players", "{\"name\": "), 400, "bad-request");
    }

    @Test
    void wrongTypeIsABadRequest() {
        expectProblem(post("/api/players", "{\"name\": 5}"), 400, "bad-request");
        expectProblem(post("/api/players", "{\"name\": true}"), 400, "bad-request");
        expectProblem(post("/api/players", "{\"name\": [\"alice\"]}"), 400, "bad-request");
        expectProblem(post("/api/players", "[]"), 400, "bad-request");
    }

    @Test
    void memberGivenTwiceIsABadRequest() {
        expectProblem(post("/api/players", "{\"name\": \"alice\", \"name\": \"bob\"}"), 400, "bad-request");
    }

    @Test
    void badRequestSaysWhereWithoutNamingServerClasses() {
        expectProblem(post("/api/players", "{\"name\": 5}"), 400, "bad-request")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .contains("$.name").doesNotContain("io.tilecast").doesNotContain("Exception"));
        expectProblem(post("/api/players", "\"alice\""), 400, "bad-request")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail)
                        .doesNotContain("io.tilecast").doesNotContain("Registration"));
    }

    @Test
    void missingBodyIsABadRequest() {
        expectProblem(http.post().uri("/api/players").contentType(MediaType.APPLICATION_JSON).exchange(),
                400, "bad-request");
        expectProblem(post("/api/players", "null"), 400, "bad-request");
    }

    @Test
    void badInputChangesNothing() {
        post("/api/players", "{\"name\": 5}").expectStatus().isBadRequest().expectBody(Void.class);

        assertThat(database.sql("SELECT count(*) AS n FROM players WHERE NOT bot").map(row -> row.get("n", Long.class)).one()
                .block()).isZero();
    }

    @Test
    void tenMegabyteBodyIsTooLarge() {
        String huge = "{\"name\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}";

        expectProblem(post("/api/players", huge), 413, "payload-too-large");
    }

    @Test
    void unknownRouteIsNotFound() {
        expectProblem(http.get().uri("/api/no-such-thing").exchange(), 404, "not-found");
        expectProblem(http.get().uri("/nowhere.html").exchange(), 404, "not-found");
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhichAre() {
        expectProblem(http.delete().uri("/api/players").exchange()
                .expectHeader().valueMatches(HttpHeaders.ALLOW, ".*POST.*"), 405, "method-not-allowed");
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        expectProblem(http.post().uri("/api/players").contentType(MediaType.TEXT_PLAIN).bodyValue("alice")
                .exchange(), 415, "unsupported-media-type");
        expectProblem(http.post().uri("/api/players").contentType(MediaType.APPLICATION_XML)
                .bodyValue("<name>alice</name>").exchange(), 415, "unsupported-media-type");
    }

    @Test
    void routeNamesItsOwnCodeForUnreadableBodies() {
        expectProblem(post("/api/test/moves", "{\"type\": \"pass\", \"version\": \"twelve\"}"), 400, "bad-move");
        expectProblem(post("/api/test/moves", "{"), 400, "bad-move");
        post("/api/test/moves", "{\"type\": \"pass\", \"version\": 12}").expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(12);
    }

    @Test
    void unexpectedErrorIsAnInternalErrorWithoutInternals(CapturedOutput log) {
        expectProblem(http.get().uri("/api/test/explode").exchange(), 500, "internal-error")
                .jsonPath("$.trace").doesNotExist()
                .jsonPath("$.exception").doesNotExist()
                .consumeWith(body -> assertThat(new String(body.getResponseBodyContent()))
                        .doesNotContain("internal detail").doesNotContain("IllegalStateException"));

        assertThat(log.getOut()).contains("Unexpected error answering GET /api/test/explode")
                .contains("IllegalStateException: internal detail no client may see");
    }

    @Test
    void problemCarriesTheRequestPathAsInstance() {
        expectProblem(http.get().uri("/api/players/unknown-id").exchange(), 404, "player-not-found")
                .jsonPath("$.instance").isEqualTo("/api/players/unknown-id")
                .jsonPath("$.title").isEqualTo("Not Found");
    }

    private WebTestClient.ResponseSpec post(String path, String json) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }
}
