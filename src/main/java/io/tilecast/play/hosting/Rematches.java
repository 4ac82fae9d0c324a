package io.tilecast.play.hosting;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Which game is the rematch of a finished game, decided once on the primary: the first to ask records the id of the
 * game it is about to create, and everyone after gets that id.
 */
public final class Rematches {

    private final DatabaseClient primary;

    public Rematches(DatabaseClient primary) {
        this.primary = primary;
    }

    /** The rematch of {@code gameId}: {@code candidate} when this call recorded it, else the one recorded before. */
    public Mono<String> claim(String gameId, String candidate) {
        // One statement: its second part sees the table as it was before the insert.
        return primary.sql("""
                        WITH recorded AS (
                            INSERT INTO rematches (game_id, rematch_id) VALUES ($1, $2)
                            ON CONFLICT (game_id) DO NOTHING RETURNING rematch_id)
                        SELECT rematch_id FROM recorded
                        UNION ALL SELECT rematch_id FROM rematches WHERE game_id = $1""")
                .bind(0, gameId)
                .bind(1, candidate)
                .map(row -> row.get("rematch_id", String.class))
                .first();
    }

    /** Forgets a rematch whose game could not be created after all, so that the next ask creates one. */
    public Mono<Void> release(String gameId, String rematch) {
        return primary.sql("DELETE FROM rematches WHERE game_id = $1 AND rematch_id = $2")
                .bind(0, gameId)
                .bind(1, rematch)
                .then();
    }
}
