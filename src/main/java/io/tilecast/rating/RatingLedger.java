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

    private Mono<List<Change>> rate(FinishedGame game, OffsetDateTime finishedAt) {
        String[] ids = game.players().stream().map(PlayerRef::id).sorted().toArray(String[]::new);
        Mono<Void> created = primary.sql("""
                        INSERT INTO ratings (player_id, key, rating, deviation, volatility)
                        SELECT p, $2, $3, $4, $5 FROM unnest($1::text[]) AS p
                        ON CONFLICT (player_id, key) DO NOTHING""")
                .bind(0, ids).bind(1, game.key()).bind(2, Rating.NEW.rating()).bind(3, Rating.NEW.deviation())
                .bind(4, Rating.NEW.volatility())
                .then();
        Mono<Map<String, Stood>> locked = primary.sql("""
                        SELECT player_id, rating, deviation, volatility, rated_at FROM ratings
                        WHERE key = $1 AND player_id = ANY($2::text[])
                        ORDER BY player_id FOR UPDATE""")
                .bind(0, game.key()).bind(1, ids)
                .map(RatingLedger::stood)
                .all()
                .collectMap(Stood::player);
        return created.then(locked).map(stood -> {
            List<Rating> before = new ArrayList<>();
            List<Double> days = new ArrayList<>();
            for (PlayerRef player : game.players()) {
                Stood s = stood.get(player.id());
                before.add(s.rating());
                days.add(s.ratedAt() == null ? 0
                        : Math.max(0, Duration.between(s.ratedAt(), finishedAt).toMillis() / 1000.0 / SECONDS_PER_DAY));
            }
            List<Rating> after = game.standings().rate(before, days);
            List<Change> changes = new ArrayList<>();
            for (int seat = 0; seat < before.size(); seat++) {
                changes.add(new Change(before.get(seat), after.get(seat)));
            }
            return changes;
        }).flatMap(changes -> updateRatings(game, finishedAt, changes).thenReturn(changes));
    }

    private record Stood(String player, Rating rating, OffsetDateTime ratedAt) {
    }

    private static Stood stood(Readable row) {
        return new Stood(row.get("player_id", String.class), new Rating(row.get("rating", Double.class),
                row.get("deviation", Double.class), row.get("volatility", Double.class)),
                row.get("rated_at", OffsetDateTime.class));
    }

    private Mono<Void> updateRatings(FinishedGame game, OffsetDateTime finishedAt, List<Change> changes) {
        int n = changes.size();
        String[] ids = new String[n];
        Double[] rating = new Double[n], deviation = new Double[n], volatility = new Double[n];
        for (int seat = 0; seat < n; seat++) {
            ids[seat] = game.players().get(seat).id();
            Rating after = changes.get(seat).after();
            rating[seat] = after.rating();
            deviation[seat] = after.deviation();
            volatility[seat] = after.volatility();
        }
        return primary.sql("""
                        UPDATE ratings r
                        SET rating = u.rating, deviation = u.deviation, volatility = u.volatility, games = r.games + 1,
                            rated_at = greatest(r.rated_at, $6)
                        FROM unnest($1::text[], $2::float8[], $3::float8[], $4::float8[])
                             AS u(player_id, rating, deviation, volatility)
                        WHERE r.player_id = u.player_id AND r.key = $5""")
                .bind(0, ids).bind(1, rating).bind(2, deviation).bind(3, volatility).bind(4, game.key())
                .bind(5, finishedAt)
                .then();
    }

    private Mono<Void> write(FinishedGame game, OffsetDateTime finishedAt, List<Change> changes) {
        int n = game.players().size();
        String[] ids = new String[n], results = new String[n], keys = new String[n];
        Integer[] seats = new Integer[n], scores = new Integer[n], bingos = new Integer[n];
        Double[] ratingBefore = new Double[n], deviationBefore = new Double[n];
        Double[] ratingAfter = new Double[n], deviationAfter = new Double[n];
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
            }
        }
        Mono<Void> rows = primary.sql("""
                        INSERT INTO player_games (game_id, seat, player_id, finished_at, result, score, bingos, scores,
                                                  players, key, rating_before, deviation_before, rating_after,
                                                  deviation_after)
                        SELECT $1, u.seat, u.player_id, $2, u.result, u.score, u.bingos, $3::jsonb, $4::jsonb, u.key,
                               u.rb, u.db, u.ra, u.da
                        FROM unnest($5::int[], $6::text[], $7::text[], $8::int[], $9::int[], $10::text[],
                                    $11::float8[], $12::float8[], $13::float8[], $14::float8[])
                             AS u(seat, player_id, result, score, bingos, key, rb, db, ra, da)
                        ON CONFLICT (game_id, seat) DO NOTHING""")
                .bind(0, game.id()).bind(1, finishedAt).bind(2, json.writeValueAsString(game.scores()))
                .bind(3, json.writeValueAsString(players)).bind(4, seats).bind(5, ids).bind(6, results)
                .bind(7, scores).bind(8, bingos).bind(9, keys).bind(10, ratingBefore).bind(11, deviationBefore)
                .bind(12, ratingAfter).bind(13, deviationAfter)
                .then();
        Mono<Void> stats = primary.sql("""
                        INSERT INTO player_stats AS s (player_id, games, wins, losses, draws, score_total, bingos)
                        SELECT u.player_id, 1, (u.result = 'win')::int, (u.result = 'loss')::int,
                               (u.result = 'draw')::int, u.score, u.bingos
                        FROM unnest($1::text[], $2::text[], $3::int[], $4::int[]) AS u(player_id, result, score, bingos)
                        WHERE u.result <> 'aborted'
                        ORDER BY u.player_id
                        ON CONFLICT (player_id) DO UPDATE
                        SET games = s.games + 1, wins = s.wins + EXCLUDED.wins, losses = s.losses + EXCLUDED.losses,
                            draws = s.draws + EXCLUDED.draws, score_total = s.score_total + EXCLUDED.score_total,
                            bingos = s.bingos + EXCLUDED.bingos""")
                .bind(0, ids).bind(1, results).bind(2, scores).bind(3, bingos)
                .then();
        return rows.then(stats);
    }
}
