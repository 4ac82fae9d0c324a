package io.tilecast.play.computer;

import io.tilecast.database.LocalDatabase;
import io.tilecast.play.host.view.AnalysisView;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The {@code game_analyses} table: each finished game's analysis as JSON, written once on the primary and read from the
 * local member, so a read of it is a read and runs no generator.
 */
public final class StoredAnalyses {

    private final DatabaseClient primary;
    private final DatabaseClient local;

    public StoredAnalyses(DatabaseClient primary, LocalDatabase local) {
        this.primary = primary;
        this.local = local.client();
    }

    /** The kept analysis as JSON text, or empty when it was not worked out yet (or has not reached this member). */
    public Mono<String> find(String gameId) {
        return local.sql("SELECT analysis::text AS analysis FROM game_analyses WHERE game_id = :id AND format = :format")
                .bind("id", gameId)
                .bind("format", AnalysisView.FORMAT)
                .map(row -> row.get("analysis", String.class))
                .one();
    }

    /** Keeps an analysis over one of an older format; a second write of the same format changes nothing. */
    public Mono<Void> keep(String gameId, String json) {
        return primary.sql("INSERT INTO game_analyses (game_id, analysis, format)"
                        + " VALUES (:id, CAST(:analysis AS json), :format) ON CONFLICT (game_id) DO UPDATE"
                        + " SET analysis = excluded.analysis, format = excluded.format, created_at = now()"
                        + " WHERE game_analyses.format < excluded.format")
                .bind("id", gameId)
                .bind("format", AnalysisView.FORMAT)
                .bind("analysis", json)
                .fetch().rowsUpdated()
                .then();
    }
}
