package io.tilecast.web;

import io.tilecast.play.Outcome;
import io.tilecast.play.Refusal;
import io.tilecast.play.RefusalCode;
import io.tilecast.problem.ApiProblem;
import org.springframework.http.HttpStatus;

/** How a host's refusal reaches the client: its status, code and detail from {@link RefusalCode}. */
final class Refusals {

    private Refusals() {
    }

    static ApiProblem problem(Refusal refusal) {
        RefusalCode reason = refusal.reason();
        ApiProblem problem = new ApiProblem(HttpStatus.valueOf(reason.status()), reason.code(), reason.detail());
        if (!refusal.words().isEmpty()) {
            problem.with("words", refusal.words());
        }
        return problem;
    }

    /** The value when done; the refusal as a problem otherwise. */
    static <T> T orThrow(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Refused<T> refused -> throw problem(refused.refusal());
        };
    }
}
