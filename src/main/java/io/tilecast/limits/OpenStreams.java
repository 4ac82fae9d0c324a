package io.tilecast.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** How many live streams each key has open on this process, up to a most. */
final class OpenStreams implements Limit {

    private static final long RETRY_AFTER_MILLIS = 5_000;

    private final KeyKind kind;
    private final int most;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();
    private final Counter refused;

    OpenStreams(KeyKind kind, int most, MeterRegistry meters) {
        this.kind = kind;
        this.most = most;
        this.refused = LimitMeters.refused(meters, "open-streams", kind);
    }

    /** Counts one more open stream for the key, unless it already has the most. */
    @Override
    public Optional<Refusal> take(String key) {
        boolean[] opened = new boolean[1];
        open.compute(key, (k, count) -> {
            int now = count == null ? 0 : count;
            opened[0] = now < most;
            return opened[0] ? now + 1 : count;
        });
        if (opened[0]) {
            return Optional.empty();
        }
        refused.increment();
        return Optional.of(Refusal.after(RETRY_AFTER_MILLIS,
                "Too many live streams open for this " + kind.tag + " (at most " + most + "); close one first"));
    }

    /** Counts one stream of the key as ended. */
    @Override
    public void giveBack(String key) {
        open.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
    }
}
