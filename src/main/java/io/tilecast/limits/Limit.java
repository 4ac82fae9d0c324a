package io.tilecast.limits;

import java.util.Optional;

/** Something a key uses up and gets back: tokens of a rate, or slots for open streams. */
interface Limit {

    Optional<Refusal> take(String key);

    void giveBack(String key);

    static Optional<Refusal> takeBoth(Limit first, String firstKey, Limit second, String secondKey) {
        Optional<Refusal> refused = first.take(firstKey);
        if (refused.isPresent() || second == null || secondKey == null) {
            return refused;
        }
        refused = second.take(secondKey);
        if (refused.isPresent()) {
            first.giveBack(firstKey);
        }
        return refused;
    }
}
