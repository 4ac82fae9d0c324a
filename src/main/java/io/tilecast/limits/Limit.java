package io.tilecast.limits;

import java.util.Optional;

/** Something a key uses up and gets back: tokens of a rate, or slots for open streams. */
interface Limit {

    /** Takes one for the key, or says why not. */
    Optional<Refusal> take(String key);

    /** Gives back one the key took. */
    void giveBack(String key);

    /**
     * Takes one from both limits, or none: a request refused by the second gives the first back,
     * so that a refusal leaves the first as it was. The second is skipped when it has no key.
     */
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
