package io.tilecast.web;

import io.tilecast.game.rules.Rejection;
import io.tilecast.play.host.Outcome;
import io.tilecast.problem.ApiProblem;
import org.springframework.http.HttpStatus;

/** How a refusal reaches the client: its status, code and detail from {@link io.tilecast.game.rules.RejectionCode}. */
final class Refusals {

    private Refusals() {
    }

    static ApiProblem problem(Rejection refusal) {
        ApiProblem problem = new ApiProblem(HttpStatus.valueOf(refusal.code().status()), refusal.code().code(),
                refusal.code().detail());
        if (!refusal.words().isEmpty()) {
            problem.with("words", refusal.words());
        }
        return problem;
    }

    static <T> T orThrow(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Refused<T> refused -> throw problem(refused.refusal());
        };
    }
}
