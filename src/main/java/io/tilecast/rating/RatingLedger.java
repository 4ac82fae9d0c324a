package io.tilecast.rating;

import io.r2dbc.spi.Readable;
import io.tilecast.game.rating.Rating;
import io.tilecast.play.host.PlayerRef;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a finished game for its players, once, in one transaction on the primary (design.md, "Recording finished
 * games"): a game recorded already, or being recorded elsewhere, is left alone.
 */
final class RatingLedger {

    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private final DatabaseClient primary;
    private final TransactionalOperator transaction;
    private final FinishedGames games;
    private final JsonMapper json;

    RatingLedger(DatabaseClient primary, TransactionalOperator transaction, FinishedGames games, JsonMapper json) {
        this.primary = primary;
        this.transaction = transaction;
        this.games = games;
        this.json = json;
    }

    /** True when this call recorded the game; false when it was recorded already, elsewhere, or is not finished. */
    Mono<Boolean> record(String gameId) {
        return transaction.transactional(games.claim(gameId).flatMap(claimed -> games.read(gameId, claimed)
                .flatMap(game -> (game.rated() ? rate(game, claimed.finishedAt()) : Mono.just(unrated(game)))
                        .flatMap(changes -> write(game, claimed.finishedAt(), changes)).thenReturn(true))
                .defaultIfEmpty(true))).defaultIfEmpty(false);
    }

    private record Change(Rating before, Rating after) {
    }

    private static List<Change> unrated(FinishedGame game) {
        return game.players().stream().map(player -> (Change) null).toList();
    }

    /** Each player's rating before and after, their rows created if new and locked, in player order, until commit. */
    private Mono<List<Change>> rate(FinishedGame game, OffsetDateTime finishedAt) {
        String[] ids = game.players().stream().map(PlayerRef::id).distinct().sorted().toArray(String[]::new);
        return primary.sql("""
                        INSERT INTO ratings AS r (player_id, key, rating, deviation, volatility)
                        SELECT p, $2, $3, $4, $5 FROM unnest($1::text[]) AS p ORDER BY p
                        ON CONFLICT (player_id, key) DO UPDATE SET key = r.key
                        RETURNING player_id, rating, deviation, volatility, rated_at""")
                .bind(0, ids).bind(1, game.key()).bind(2, Rating.NEW.rating()).bind(3, Rating.NEW.deviation())
                .bind(4, Rating.NEW.volatility())
                .map(RatingLedger::stood)
                .all()
                .collectMap(Stood::player)
                .map(stood -> {
                    List<Rating> before = new ArrayList<>();
                    List<Double> days = new ArrayList<>();
                    for (PlayerRef player : game.players()) {
                        Stood s = stood.get(player.id());
                        before.add(s.rating());
                        days.add(s.ratedAt() == null ? 0 : Math.max(0,
                                Duration.between(s.ratedAt(), finishedAt).toMillis() / 1000.0 / SECONDS_PER_DAY));
                    }
                    List<Rating> after = game.standings().rate(before, days);
                    List<Change> changes = new ArrayList<>();
                    for (int seat = 0; seat < before.size(); seat++) {
                        changes.add(new Change(before.get(seat), after.get(seat)));
                    }
                    return changes;
                });
    }

    private record Stood(String player, Rating rating, OffsetDateTime ratedAt) {
    }

    private static Stood stood(Readable row) {
        return new Stood(row.get("player_id", String.class), new Rating(row.get("rating", Double.class),
                row.get("deviation", Double.class), row.get("volatility", Double.class)),
                row.get("rated_at", OffsetDateTime.class));
    }

    /** The game's rows in the players' records and stats, and each rated seat's new rating: one statement. */
    private Mono<Void> write(FinishedGame game, OffsetDateTime finishedAt, List<Change> changes) {
        int n = game.players().size();
        String[] ids = new String[n], results = new String[n], keys = new String[n];
        Integer[] seats = new Integer[n], scores = new Integer[n], bingos = new Integer[n];
        Double[] ratingBefore = new Double[n], deviationBefore = new Double[n];
        Double[] ratingAfter = new Double[n], deviationAfter = new Double[n], volatilityAfter = new Double[n];
        List<Map<String, Object>> players = new ArrayList<>();
        for (int seat = 0; seat < n; seat++) {
            PlayerRef player = game.players().get(seat);
            ids[seat] = player.id();
            seats[seat] = seat;
            results[seat] = game.results().get(seat);
            scores[seat] = game.scores().get(seat);
            bingos[seat] = game.bingos().get(seat);
            players.add(Map.of("id", player.id(), "name", player.name(), "score", game.scores().get(seat)));
            Change change = changes.get(seat);
            if (change != null) {
                keys[seat] = game.key();
                ratingBefore[seat] = change.before().rating();
                deviationBefore[seat] = change.before().deviation();
                ratingAfter[seat] = change.after().rating();
                deviationAfter[seat] = change.after().deviation();
                volatilityAfter[seat] = change.after().volatility();
            }
        }
        // A seat without a key is unrated: its null key matches no ratings row.
        return primary.sql("""
                        WITH seat AS (
                            SELECT * FROM unnest($5::int[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[],
                                                 $11::float8[], $12::float8[], $13::float8[], $14::float8[],
                                                 $15::float8[])
                                AS u(seat, player_id, result, score, bingos, key, rb, db, ra, da, va)),
                        rated AS (
                            UPDATE ratings r
                            SET rating = seat.ra, deviation = seat.da, volatility = seat.va, games = r.games + 1,
                                rated_at = greatest(r.rated_at, $2)
                            FROM seat WHERE r.player_id = seat.player_id AND r.key = seat.key),
                        played AS (
                            INSERT INTO player_games (game_id, seat, player_id, finished_at, result, score, bingos,
                                                      scores, players, key, rating_before, deviation_before,
                                                      rating_after, deviation_after)
                            SELECT $1, seat, player_id, $2, result, score, bingos, $3::jsonb, $4::jsonb, key, rb, db,
                                   ra, da
                            FROM seat
                            ON CONFLICT (game_id, seat) DO NOTHING)
                        INSERT INTO player_stats AS s (player_id, games, wins, losses, draws, score_total, bingos)
                        SELECT player_id, 1, (result = 'win')::int, (result = 'loss')::int, (result = 'draw')::int,
                               score, bingos
                        FROM seat WHERE result <> 'aborted' ORDER BY player_id
                        ON CONFLICT (player_id) DO UPDATE
                        SET games = s.games + 1, wins = s.wins + EXCLUDED.wins, losses = s.losses + EXCLUDED.losses,
                            draws = s.draws + EXCLUDED.draws, score_total = s.score_total + EXCLUDED.score_total,
                            bingos = s.bingos + EXCLUDED.bingos""")
                .bind(0, game.id()).bind(1, finishedAt).bind(2, json.writeValueAsString(game.scores()))
                .bind(3, json.writeValueAsString(players)).bind(4, seats).bind(5, ids).bind(6, results)
                .bind(7, scores).bind(8, bingos).bind(9, keys).bind(10, ratingBefore).bind(11, deviationBefore)
                .bind(12, ratingAfter).bind(13, deviationAfter).bind(14, volatilityAfter)
                .then();
    }
}
