package io.tilecast.journal;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a game and its log back from the primary, where the journal writes, so that a host rebuilding a game after a
 * restart or a lease hand-over sees every committed event.
 */
@Component
public class EventLog {

    private final DatabaseClient primary;

    public EventLog(DatabaseClient primary) {
        this.primary = primary;
    }

    /** The game's events in version order, their times read as microseconds (cheaper to decode than timestamps). */
    public Flux<StoredEvent> read(String gameId) {
        return primary.sql("""
                        SELECT game_id, version, type, payload::text AS payload, epoch,
                               (extract(epoch FROM created_at) * 1000000)::bigint AS created_micros
                        FROM game_events WHERE game_id = $1 ORDER BY version""")
                .bind(0, gameId)
                .map(row -> new StoredEvent(row.get("game_id", String.class), row.get("version", Integer.class),
                        row.get("type", String.class), row.get("payload", String.class), row.get("epoch", Long.class),
                        Instant.EPOCH.plus(row.get("created_micros", Long.class), ChronoUnit.MICROS)))
                .all();
    }

    /**
     * Games of {@code region} in play whose player to move ran out of time before {@code now} while no machine holds
     * their lease: the most overdue first.
     */
    public Flux<String> overdue(String region, Instant now, int limit) {
        return primary.sql("""
                        SELECT id FROM games
                        WHERE status = 'active' AND region = $1 AND deadline <= $2
                          AND (lease_expires_at IS NULL OR lease_expires_at < now())
                        ORDER BY deadline LIMIT $3""")
                .bind(0, region)
                .bind(1, now.atOffset(java.time.ZoneOffset.UTC))
                .bind(2, limit)
                .map(row -> row.get("id", String.class))
                .all();
    }

    /** The game's row; empty when there is none. */
    public Mono<StoredGame> game(String gameId) {
        return primary.sql("""
                        SELECT id, region, host_machine, lease_expires_at, lease_epoch, status, seat_count,
                               seats::text AS seats, created_by, lexicon, rules::text AS rules, seed, version,
                               created_at, finished_at, final_scores::text AS final_scores
                        FROM games WHERE id = $1""")
                .bind(0, gameId)
                .map(EventLog::storedGame)
                .one();
    }

    private static StoredGame storedGame(Readable row) {
        return new StoredGame(row.get("id", String.class), row.get("region", String.class),
                row.get("host_machine", String.class), instant(row, "lease_expires_at"),
                row.get("lease_epoch", Long.class), row.get("status", String.class),
                row.get("seat_count", Short.class), row.get("seats", String.class),
                row.get("created_by", String.class), row.get("lexicon", String.class), row.get("rules", String.class),
                row.get("seed", Long.class), row.get("version", Integer.class), instant(row, "created_at"),
                instant(row, "finished_at"), row.get("final_scores", String.class));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime at = row.get(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
