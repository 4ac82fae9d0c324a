package io.tilecast.play;

import io.tilecast.game.Rejection;
import java.util.List;

/**
 * Why a host did not apply a command, with the invalid words for {@code invalid-word}.
 * A refused command changes nothing.
 */
public record Refusal(RefusalCode reason, List<String> words) {

    public Refusal {
        words = List.copyOf(words);
    }

    public static Refusal of(RefusalCode reason) {
        return new Refusal(reason, List.of());
    }

    public static Refusal of(Rejection rejection) {
        return new Refusal(RefusalCode.of(rejection.code()), rejection.words());
    }

    /** The API's stable code (API.md). */
    public String code() {
        return reason.code();
    }
}
