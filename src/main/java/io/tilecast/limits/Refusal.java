package io.tilecast.limits;

/** Why a request was not let through, and when its client may try again (whole seconds, at least 1). */
record Refusal(long retryAfterSeconds, String detail) {

    static Refusal after(long millis, String reason) {
        long seconds = Math.max(1, (millis + 999) / 1000);
        return new Refusal(seconds, reason + "; try again in " + seconds + " s.");
    }
}
