package io.tilecast.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** One limit, such as commands per player: a token bucket for each key that has used it lately. */
final class RateLimit implements Limit {

    private static final long SWEEP_EVERY = 60_000;

    private final Action action;
    private final KeyKind kind;
    private final Rate rate;
    private final int maxKeys;
    private final Clock clock;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;
    private final AtomicBoolean evicting = new AtomicBoolean();
    private final Counter refused;
    private final Counter evicted;

    RateLimit(Action action, KeyKind kind, Rate rate, int maxKeys, Clock clock, MeterRegistry meters) {
        this.action = action;
        this.kind = kind;
        this.rate = rate;
        this.maxKeys = maxKeys;
        this.clock = clock;
        this.lastSweep = new AtomicLong(clock.millis());
        this.refused = LimitMeters.refused(meters, action.tag, kind);
        this.evicted = Counter.builder("tilecast.limits.evicted")
                .description("Buckets dropped before they refilled, to make room for a new key")
                .tag("action", action.tag).tag("key", kind.tag).register(meters);
        Gauge.builder("tilecast.limits.buckets", buckets, ConcurrentHashMap::size)
                .description("Keys whose use of a limit is tracked (refilled buckets are dropped)")
                .tag("action", action.tag).tag("key", kind.tag).register(meters);
    }

    /** Takes a token from the key's bucket, or says when the key may try again. */
    @Override
    public Optional<Refusal> take(String key) {
        long now = clock.millis();
        sweepIfDue(now);
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            makeRoom(now);
        }
        long[] wait = new long[1];
        buckets.compute(key, (k, bucket) -> {
            TokenBucket held = bucket != null ? bucket : new TokenBucket(rate, now);
            wait[0] = held.take(now);
            return held;
        });
        if (wait[0] == 0) {
            return Optional.empty();
        }
        refused.increment();
        return Optional.of(Refusal.after(wait[0],
                "Too many " + action.counted + " from this " + kind.tag + " (at most " + rate + ")"));
    }

    /** Returns the token of a request that another limit refused. */
    @Override
    public void giveBack(String key) {
        buckets.computeIfPresent(key, (k, bucket) -> {
            bucket.giveBack();
            return bucket;
        });
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY && lastSweep.compareAndSet(last, now)) {
            dropRefilled(now);
        }
    }

    private void dropRefilled(long now) {
        for (String key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, bucket) -> bucket.full(now) ? null : bucket);
        }
    }

    private void makeRoom(long now) {
        if (!evicting.compareAndSet(false, true)) {
            return;
        }
        try {
            dropRefilled(now);
            if (buckets.size() < maxKeys) {
                return;
            }
            int over = buckets.size() - maxKeys + Math.max(1, maxKeys / 10);
            long[] used = buckets.values().stream().mapToLong(TokenBucket::lastUsed).sorted().toArray();
            long before = used[Math.min(over, used.length) - 1];
            for (Map.Entry<String, TokenBucket> entry : buckets.entrySet()) {
                if (entry.getValue().lastUsed() <= before && buckets.remove(entry.getKey(), entry.getValue())) {
                    evicted.increment();
                }
            }
        } finally {
            evicting.set(false);
        }
    }
}
