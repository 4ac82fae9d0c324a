package io.tilecast.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The counter every limit shares, one series per limit: {@code tilecast.limits.refused{action,key}}. */
final class LimitMeters {

    private LimitMeters() {
    }

    static Counter refused(MeterRegistry meters, String action, KeyKind kind) {
        return Counter.builder("tilecast.limits.refused")
                .description("Requests refused with 429 rate-limited, by the limit that refused them")
                .tag("action", action).tag("key", kind.tag)
                .register(meters);
    }
}
