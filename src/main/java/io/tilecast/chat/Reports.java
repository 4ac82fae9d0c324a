package io.tilecast.chat;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.tilecast.database.LocalDatabase;
import io.tilecast.problem.ApiProblem;
import io.tilecast.routing.GameId;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reports of players for the moderators: written on the primary, listed from the local member, newest first. */
@Component
public class Reports {

    public static final int MAX_REASON = 500;

    private final DatabaseClient primary;
    private final DatabaseClient local;

    Reports(DatabaseClient primary, LocalDatabase local) {
        this.primary = primary;
        this.local = local.client();
    }

    /** Files a report: {@code 400 invalid-report} for a bad reason or game, {@code 404 player-not-found}. */
    public Mono<Void> report(String reporter, String player, String game, String reason) {
        Optional<String> why = reasonOf(reason);
        if (why.isEmpty() || (game != null && GameId.parse(game).isEmpty())) {
            return Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-report", "A report is {player, game?,"
                    + " reason}: a reason of 1 to " + MAX_REASON + " characters without control characters."));
        }
        if (!PlayerIds.wellFormed(player)) {
            return Mono.error(PlayerIds.notFound(player));
        }
        return PlayerIds.found(primary.sql("""
                        WITH target AS (SELECT id FROM players WHERE id = :player),
                        added AS (INSERT INTO player_reports (reporter, player_id, game_id, reason)
                                  SELECT :reporter, id, :game, :reason FROM target)
                        SELECT count(*) AS found FROM target""")
                .bind("player", player)
                .bind("reporter", reporter)
                .bind("game", Parameters.in(R2dbcType.VARCHAR, game))
                .bind("reason", why.get()), player);
    }

    /** The latest {@code limit} reports, newest first. */
    public Flux<Report> latest(int limit) {
        return local.sql("SELECT id, reporter, player_id, game_id, reason, created_at FROM player_reports"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map(row -> new Report(row.get("id", Long.class), row.get("reporter", String.class),
                        row.get("player_id", String.class), row.get("game_id", String.class),
                        row.get("reason", String.class), row.get("created_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    private static Optional<String> reasonOf(String reason) {
        if (reason == null) {
            return Optional.empty();
        }
        String text = reason.strip();
        int length = text.codePointCount(0, text.length());
        boolean clean = text.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\n' || Character.getType(c) == Character.SURROGATE);
        return length >= 1 && length <= MAX_REASON && clean ? Optional.of(text) : Optional.empty();
    }
}
