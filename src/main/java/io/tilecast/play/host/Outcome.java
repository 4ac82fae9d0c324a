package io.tilecast.play.host;

import io.tilecast.game.rules.Rejection;
import io.tilecast.game.rules.RejectionCode;

/** The answer to a command: done, with its result, or refused with a reason. */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Rejection refusal) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Rejection refusal) {
        return new Refused<>(refusal);
    }

    static <T> Outcome<T> refused(RejectionCode reason) {
        return refused(Rejection.of(reason));
    }
}
