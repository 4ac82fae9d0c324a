package io.tilecast.rating;

import io.r2dbc.spi.Readable;
import io.tilecast.database.LocalDatabase;
import io.tilecast.game.rating.Rating;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.host.view.RatingChange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Players' ratings, stats, games and the leaderboards, read from the local database member (they may lag a little). */
public final class PlayerRecords {

    static final int HISTORY_POINTS = 1000;
    private static final TypeReference<List<Integer>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> PLAYERS = new TypeReference<>() {
    };

    private final DatabaseClient local;
    private final JsonMapper json;

    public PlayerRecords(LocalDatabase local, JsonMapper json) {
        this.local = local.client();
        this.json = json;
    }

    /** One page of finished games, newest first, and where the next page starts (null after the last). */
    public record Page(List<PlayedGame> games, String next) {
    }

    /** One point of a rating history: the rating and deviation after {@code game}, which ended {@code at}. */
    public record Point(String game, Instant at, double rating, double deviation) {
    }

    /** A place on a leaderboard. */
    public record Place(PlayedGame.Player player, double rating, double deviation, int games) {
    }

    public Mono<ProfileRecord> profile(String playerId) {
        Mono<Map<String, ProfileRecord.KeyRating>> ratings = local.sql("""
                        SELECT key, rating, deviation, volatility, games FROM ratings
                        WHERE player_id = $1 AND games > 0 ORDER BY key""")
                .bind(0, playerId)
                .map(row -> Map.entry(row.get("key", String.class), keyRating(row)))
                .all()
                .collectList()
                .map(entries -> {
                    Map<String, ProfileRecord.KeyRating> byKey = new LinkedHashMap<>();
                    entries.forEach(entry -> byKey.put(entry.getKey(), entry.getValue()));
                    return byKey;
                });
        Mono<ProfileRecord.Stats> stats = local.sql("""
                        SELECT games, wins, losses, draws, score_total, bingos FROM player_stats WHERE player_id = $1""")
                .bind(0, playerId)
                .map(row -> {
                    int games = row.get("games", Integer.class);
                    long total = row.get("score_total", Long.class);
                    return new ProfileRecord.Stats(games, row.get("wins", Integer.class),
                            row.get("losses", Integer.class), row.get("draws", Integer.class),
                            games == 0 ? 0 : Math.round(100.0 * total / games) / 100.0, row.get("bingos", Integer.class));
                })
                .one()
                .defaultIfEmpty(ProfileRecord.Stats.NONE);
        return Mono.zip(ratings, stats, ProfileRecord::new);
    }

    private static ProfileRecord.KeyRating keyRating(Readable row) {
        double deviation = row.get("deviation", Double.class);
        return new ProfileRecord.KeyRating(row.get("rating", Double.class), deviation,
                row.get("volatility", Double.class), row.get("games", Integer.class),
                deviation > Rating.PROVISIONAL_ABOVE);
    }

    private static final String PLAYED = """
            SELECT pg.game_id, pg.seat, pg.finished_at, pg.result, pg.bingos, pg.scores::text AS scores,
                   pg.players::text AS players, pg.key, pg.rating_before, pg.rating_after, g.region, g.status,
                   g.seat_count, g.lexicon, g.created_at, (g.rules->'clock')::text AS clock,
                   coalesce(g.rules->>'challenge', 'void') AS challenge
            FROM player_games pg JOIN games g ON g.id = pg.game_id
            WHERE pg.player_id = $1""";

    public Mono<Page> games(String playerId, Cursor before, int limit) {
        String sql = PLAYED + (before == null ? "" : " AND (pg.finished_at, pg.game_id) < ($3, $4)")
                + " ORDER BY pg.finished_at DESC, pg.game_id DESC LIMIT $2";
        DatabaseClient.GenericExecuteSpec query = local.sql(sql).bind(0, playerId).bind(1, limit + 1);
        if (before != null) {
            query = query.bind(2, before.finishedAt().atOffset(ZoneOffset.UTC)).bind(3, before.gameId());
        }
        return query.map(this::played).all().collectList().map(games -> {
            if (games.size() <= limit) {
                return new Page(games, null);
            }
            List<PlayedGame> page = games.subList(0, limit);
            PlayedGame last = page.getLast();
            return new Page(List.copyOf(page), new Cursor(last.finishedAt(), last.id()).encoded());
        });
    }

    private PlayedGame played(Readable row) {
        int seat = row.get("seat", Short.class);
        List<PlayedGame.Seat> seats = new ArrayList<>();
        for (Map<String, Object> p : json.readValue(row.get("players", String.class), PLAYERS)) {
            seats.add(new PlayedGame.Seat(new PlayedGame.Player((String) p.get("id"), (String) p.get("name")),
                    ((Number) p.get("score")).intValue()));
        }
        List<PlayedGame.Seat> opponents = new ArrayList<>(seats);
        opponents.remove(seat);
        String clock = row.get("clock", String.class);
        Double before = row.get("rating_before", Double.class);
        Double after = row.get("rating_after", Double.class);
        return new PlayedGame(row.get("game_id", String.class), row.get("region", String.class),
                row.get("status", String.class), row.get("seat_count", Short.class), seats,
                row.get("lexicon", String.class), instant(row, "created_at"), instant(row, "finished_at"),
                clock == null || clock.equals("null") ? null : json.readValue(clock, TimeControl.class),
                row.get("challenge", String.class), after != null, seat, row.get("result", String.class),
                json.readValue(row.get("scores", String.class), SCORES), opponents, row.get("bingos", Integer.class),
                row.get("key", String.class), after == null ? null : after - before, after);
    }

    public Mono<List<Point>> history(String playerId, String key) {
        return local.sql("""
                        SELECT game_id, finished_at, rating_after, deviation_after FROM player_games
                        WHERE player_id = $1 AND key = $2 AND rating_after IS NOT NULL
                        ORDER BY finished_at DESC LIMIT $3""")
                .bind(0, playerId).bind(1, key).bind(2, HISTORY_POINTS)
                .map(row -> new Point(row.get("game_id", String.class), instant(row, "finished_at"),
                        row.get("rating_after", Double.class), row.get("deviation_after", Double.class)))
                .all()
                .collectList()
                .map(List::reversed);
    }

    public Mono<List<Place>> leaderboard(String key, int limit) {
        return local.sql("""
                        SELECT r.player_id, p.name, r.rating, r.deviation, r.games
                        FROM ratings r JOIN players p ON p.id = r.player_id
                        WHERE r.key = $1 AND r.deviation <= $2
                        ORDER BY r.rating DESC LIMIT $3""")
                .bind(0, key).bind(1, Rating.PROVISIONAL_ABOVE).bind(2, limit)
                .map(row -> new Place(new PlayedGame.Player(row.get("player_id", String.class),
                        row.get("name", String.class)), row.get("rating", Double.class),
                        row.get("deviation", Double.class), row.get("games", Integer.class)))
                .all()
                .collectList();
    }

    /** Each seat's rating change in a rated game, once it is recorded; empty before, and for a casual game. */
    public Mono<List<RatingChange>> changes(String gameId) {
        return local.sql("""
                        SELECT seat, key, rating_before, deviation_before, rating_after, deviation_after
                        FROM player_games WHERE game_id = $1 AND rating_after IS NOT NULL ORDER BY seat""")
                .bind(0, gameId)
                .map(row -> new RatingChange(row.get("seat", Short.class), row.get("key", String.class),
                        new RatingChange.Point(row.get("rating_before", Double.class),
                                row.get("deviation_before", Double.class)),
                        new RatingChange.Point(row.get("rating_after", Double.class),
                                row.get("deviation_after", Double.class))))
                .all()
                .collectList();
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime at = row.get(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
