package io.tilecast.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.journal.Journal;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * {@code tilecast.ready}: 1 while this machine would pass fly's readiness check, 0 while it would not (shutting down,
 * or the journal full), as the readiness group decides.
 */
@Component
class ReadinessMeter {

    private final ApplicationAvailability availability;
    private final Journal journal;

    ReadinessMeter(ApplicationAvailability availability, Journal journal, MeterRegistry registry) {
        this.availability = availability;
        this.journal = journal;
        // The context holds this bean, so the gauge's weak reference to it stays good.
        Gauge.builder("tilecast.ready", this, ReadinessMeter::value)
                .description("1 while this machine accepts traffic and its journal has room, else 0")
                .register(registry);
    }

    private double value() {
        boolean accepting = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        return accepting && journal.depth() < journal.capacity() ? 1 : 0;
    }
}
