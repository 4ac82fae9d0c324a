package io.tilecast.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps {@link TokenEpochs} current on this machine: at start it reads every raise within a token's lifetime from the
 * primary, then, every {@code tilecast.auth.epoch-refresh}, the raises since the last look (with a minute's overlap for
 * clocks and late commits).
 */
@Component
public class TokenEpochFeed implements SmartLifecycle {

    private static final Log log = LogFactory.getLog(TokenEpochFeed.class);
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final DatabaseClient primary;
    private final TokenEpochs epochs;
    private final Duration ttl;
    private final Duration every;
    private final Clock clock;
    private volatile Instant since;
    private Disposable polling;

    TokenEpochFeed(DatabaseClient primary, TokenEpochs epochs, AuthProperties properties, Clock clock) {
        this.primary = primary;
        this.epochs = epochs;
        this.ttl = properties.tokenTtl();
        this.every = properties.epochRefresh();
        this.clock = clock;
    }

    /** Reads the raises since the last successful look (all within a token's lifetime, the first time). */
    public Mono<Void> refresh() {
        Instant started = clock.instant();
        Instant from = since != null ? since.minus(OVERLAP) : started.minus(ttl);
        return primary.sql("SELECT id, token_epoch, token_kept, token_epoch_raised_at FROM players"
                        + " WHERE token_epoch_raised_at > :from")
                .bind("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .map(row -> {
                    epochs.raised(row.get("id", String.class), Players.raise(row));
                    return 1;
                })
                .all().then(Mono.fromRunnable(() -> {
                    since = started;
                    epochs.forgetBefore(started.minus(ttl));
                }));
    }

    @Override
    public synchronized void start() {
        polling = Flux.interval(Duration.ZERO, every)
                .onBackpressureDrop()
                .concatMap(tick -> refresh().onErrorResume(e -> {
                    log.warn("Could not read revoked tokens from the primary: " + e.getMessage());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        if (polling != null) {
            polling.dispose();
            polling = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return polling != null;
    }
}
