package io.tilecast.web;

import io.tilecast.problem.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;

/** {@code 503 computer-busy}: this process already hosts as many games against the master bot as it may. */
final class ComputerBusy {

    static final long RETRY_SECONDS = 30;

    private ComputerBusy() {
    }

    static ApiProblem problem(ServerHttpResponse response) {
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_SECONDS));
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "computer-busy",
                "The master bot is playing as many games as this server gives it; try again shortly, or play"
                        + " another level.");
    }
}
