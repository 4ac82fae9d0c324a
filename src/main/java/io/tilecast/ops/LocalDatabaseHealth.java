package io.tilecast.ops;

import io.tilecast.database.LocalDatabase;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Whether the local read member answers. */
@Component("localDatabaseHealthIndicator")
class LocalDatabaseHealth implements ReactiveHealthIndicator {

    private final LocalDatabase localDatabase;

    LocalDatabaseHealth(LocalDatabase localDatabase) {
        this.localDatabase = localDatabase;
    }

    @Override
    public Mono<Health> health() {
        return localDatabase.client().sql("SELECT 1").fetch().rowsUpdated().then()
                .thenReturn(Health.up().withDetail("reads", localDatabase.description()).build())
                .timeout(Duration.ofSeconds(2))
                .onErrorResume(e -> Mono.just(Health.down(e).withDetail("reads", localDatabase.description()).build()));
    }
}
