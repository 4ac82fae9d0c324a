package io.tilecast.limits;

/**
 * One key's allowance under a {@link Rate}: it starts full, each request takes a token, and tokens come back at the
 * rate's pace up to the rate's number.
 */
final class TokenBucket {

    private final Rate rate;
    private double tokens;
    private long at;

    TokenBucket(Rate rate, long now) {
        this.rate = rate;
        this.tokens = rate.requests();
        this.at = now;
    }

    long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        // Multiplied before dividing: 1 / (1/3600000) is not quite 3600000 in floating point.
        return Math.max(1, (long) Math.ceil((1 - tokens) * rate.per().toMillis() / rate.requests()));
    }

    void giveBack() {
        tokens = Math.min(rate.requests(), tokens + 1);
    }

    long lastUsed() {
        return at;
    }

    boolean full(long now) {
        return tokens + elapsed(now) * rate.perMilli() >= rate.requests();
    }

    private void refill(long now) {
        tokens = Math.min(rate.requests(), tokens + elapsed(now) * rate.perMilli());
        at = Math.max(at, now);
    }

    private long elapsed(long now) {
        return Math.max(0, now - at);
    }
}
