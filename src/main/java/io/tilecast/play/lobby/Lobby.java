package io.tilecast.play.lobby;

import io.tilecast.database.LocalDatabase;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.host.view.GameSummary;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import reactor.core.publisher.Flux;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The lobby: games by status, newest first, read from the local database member. */
public final class Lobby {

    private static final TypeReference<List<GameSummary.SeatSummary>> SEATS = new TypeReference<>() {
    };

    private final LocalDatabase database;
    private final JsonMapper json;

    public Lobby(LocalDatabase database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    private static final String SUMMARY = """
            SELECT id, region, status, seat_count, seats::text AS seats, created_by, lexicon, version,
                   created_at, finished_at, (rules->'clock')::text AS clock, rules->>'rematchOf' AS rematch_of,
                   coalesce(rules->>'challenge', 'void') AS challenge, coalesce((rules->>'rated')::boolean, false) AS rated
            FROM games""";

    public Flux<GameSummary> games(String status, int limit) {
        return database.client().sql(SUMMARY + " WHERE status = :status ORDER BY created_at DESC LIMIT :limit")
                .bind("status", status)
                .bind("limit", limit)
                .map(this::summary)
                .all();
    }

    /**
     * The whole lobby in one query: the newest {@code limit} games waiting and in play, and the newest {@code
     * finishedLimit} finished (so that an end is seen with its final scores).
     */
    public Flux<GameSummary> everything(int limit, int finishedLimit) {
        return database.client().sql("(" + SUMMARY + " WHERE status = 'waiting' ORDER BY created_at DESC LIMIT :limit)"
                        + " UNION ALL (" + SUMMARY + " WHERE status = 'active' ORDER BY created_at DESC LIMIT :limit)"
                        + " UNION ALL (" + SUMMARY
                        + " WHERE status = 'finished' ORDER BY created_at DESC LIMIT :finished)")
                .bind("limit", limit)
                .bind("finished", finishedLimit)
                .map(this::summary)
                .all();
    }

    private GameSummary summary(io.r2dbc.spi.Readable row) {
        return new GameSummary(
                row.get("id", String.class),
                row.get("region", String.class),
                row.get("status", String.class),
                row.get("seat_count", Short.class),
                json.readValue(row.get("seats", String.class), SEATS),
                row.get("created_by", String.class),
                row.get("lexicon", String.class),
                row.get("version", Integer.class),
                instant(row.get("created_at", OffsetDateTime.class)),
                instant(row.get("finished_at", OffsetDateTime.class)),
                timeControl(row.get("clock", String.class)),
                row.get("rematch_of", String.class),
                row.get("challenge", String.class),
                row.get("rated", Boolean.class));
    }

    private TimeControl timeControl(String clock) {
        return clock == null || clock.equals("null") ? null : json.readValue(clock, TimeControl.class);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
