package io.tilecast.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Asserts that a response is an RFC 9457 problem with the given status and code. */
public final class Problems {

    private Problems() {
    }

    public static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status,
                                                              String code) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isNotEmpty()
                .jsonPath("$.code").isEqualTo(code);
    }
}
