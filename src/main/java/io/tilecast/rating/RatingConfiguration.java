package io.tilecast.rating;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import io.tilecast.database.LocalDatabase;
import io.tilecast.journal.EventLog;
import io.tilecast.play.hosting.GameRebuild;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/** Recording finished games on the primary, and reading players' records locally. */
@Configuration(proxyBeanMethods = false)
class RatingConfiguration {

    @Bean
    FinishedGames finishedGames(DatabaseClient client, EventLog events, GameRebuild rebuild, JsonMapper json) {
        return new FinishedGames(client, events, rebuild, json);
    }

    @Bean
    RatingLedger ratingLedger(ConnectionFactory primary, DatabaseClient client, FinishedGames games, JsonMapper json) {
        return new RatingLedger(client, TransactionalOperator.create(new R2dbcTransactionManager(primary)), games, json);
    }

    @Bean
    RatingSweep ratingSweep(RatingLedger ledger, MeterRegistry registry,
                            @Value("${tilecast.ratings.sweep-every:1s}") Duration every,
                            @Value("${tilecast.ratings.sweep-batch:100}") int batch) {
        return new RatingSweep(ledger, every, batch, registry);
    }

    @Bean
    PlayerRecords playerRecords(LocalDatabase local, JsonMapper json) {
        return new PlayerRecords(local, json);
    }
}
