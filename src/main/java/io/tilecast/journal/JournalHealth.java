package io.tilecast.journal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Whether the journal can take moves. */
@Component("journalHealthIndicator")
class JournalHealth implements HealthIndicator {

    private final Journal journal;

    JournalHealth(Journal journal) {
        this.journal = journal;
    }

    @Override
    public Health health() {
        int depth = journal.depth();
        int capacity = journal.capacity();
        Health.Builder health = depth >= capacity ? Health.outOfService() : Health.up();
        health.withDetail("depth", depth)
                .withDetail("capacity", capacity)
                .withDetail("lagSeconds", Math.round(journal.lagSeconds() * 1000) / 1000.0);
        JournalWriter.LastError lastError = journal.lastError();
        if (lastError != null) {
            health.withDetail("lastError", lastError.message()).withDetail("lastErrorAt", lastError.at().toString());
        }
        return health.build();
    }
}
