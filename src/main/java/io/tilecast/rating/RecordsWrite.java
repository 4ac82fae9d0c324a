package io.tilecast.rating;

import io.tilecast.play.host.PlayerRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what finished games leave their players, in one statement: a {@code player_games} row per seat, each rated
 * player's rating after their last game of the batch, and the running totals in {@code player_stats}.
 */
final class RecordsWrite {

    private final DatabaseClient primary;
    private final JsonMapper json;

    RecordsWrite(DatabaseClient primary, JsonMapper json) {
        this.primary = primary;
        this.json = json;
    }

    /** The games' rows, in the order they finished, with each seat's change (null where unrated). */
    Mono<Void> write(List<RatingLedger.Ended> ended, List<List<RatingLedger.Change>> changes) {
        int n = ended.stream().mapToInt(e -> e.game().players().size()).sum();
        String[] games = new String[n], finished = new String[n], scoreLists = new String[n], opponents = new String[n];
        String[] ids = new String[n], results = new String[n], keys = new String[n];
        Integer[] seats = new Integer[n], scores = new Integer[n], bingos = new Integer[n];
        Double[] ratingBefore = new Double[n], deviationBefore = new Double[n];
        Double[] ratingAfter = new Double[n], deviationAfter = new Double[n], volatilityAfter = new Double[n];
        int row = 0;
        for (int g = 0; g < ended.size(); g++) {
            FinishedGame game = ended.get(g).game();
            String at = ended.get(g).at().toString(), scoreList = json.writeValueAsString(game.scores());
            List<Map<String, Object>> players = new ArrayList<>();
            for (int seat = 0; seat < game.players().size(); seat++) {
                PlayerRef player = game.players().get(seat);
                players.add(Map.of("id", player.id(), "name", player.name(), "score", game.scores().get(seat)));
            }
            String playerList = json.writeValueAsString(players);
            for (int seat = 0; seat < game.players().size(); seat++, row++) {
                games[row] = game.id();
                finished[row] = at;
                scoreLists[row] = scoreList;
                opponents[row] = playerList;
                seats[row] = seat;
                ids[row] = game.players().get(seat).id();
                results[row] = game.results().get(seat);
                scores[row] = game.scores().get(seat);
                bingos[row] = game.bingos().get(seat);
                RatingLedger.Change change = changes.get(g).get(seat);
                if (change != null) {
                    keys[row] = game.key();
                    ratingBefore[row] = change.before().rating();
                    deviationBefore[row] = change.before().deviation();
                    ratingAfter[row] = change.after().rating();
                    deviationAfter[row] = change.after().deviation();
                    volatilityAfter[row] = change.after().volatility();
                }
            }
        }
        // A seat without a key is unrated. A player sits once in a game, so a key's rows count its games.
        return primary.sql("""
                        WITH seat AS (
                            SELECT * FROM unnest($1::text[], $2::text[]::timestamptz[], $3::text[]::jsonb[],
                                                 $4::text[]::jsonb[], $5::int[], $6::text[], $7::text[], $8::int[],
                                                 $9::int[], $10::text[], $11::float8[], $12::float8[],
                                                 $13::float8[], $14::float8[], $15::float8[]) WITH ORDINALITY
                                AS u(game_id, finished_at, scores, players, seat, player_id, result, score, bingos,
                                     key, rb, db, ra, da, va, ord)),
                        last AS (
                            SELECT DISTINCT ON (player_id, key) player_id, key, ra, da, va, finished_at,
                                   count(*) OVER (PARTITION BY player_id, key) AS games
                            FROM seat WHERE key IS NOT NULL ORDER BY player_id, key, ord DESC),
                        rated AS (
                            UPDATE ratings r
                            SET rating = last.ra, deviation = last.da, volatility = last.va,
                                games = r.games + last.games, rated_at = greatest(r.rated_at, last.finished_at)
                            FROM last WHERE r.player_id = last.player_id AND r.key = last.key),
                        played AS (
                            INSERT INTO player_games (game_id, seat, player_id, finished_at, result, score, bingos,
                                                      scores, players, key, rating_before, deviation_before,
                                                      rating_after, deviation_after)
                            SELECT game_id, seat, player_id, finished_at, result, score, bingos, scores, players, key,
                                   rb, db, ra, da
                            FROM seat
                            ON CONFLICT (game_id, seat) DO NOTHING)
                        INSERT INTO player_stats AS s (player_id, games, wins, losses, draws, score_total, bingos)
                        SELECT player_id, count(*), count(*) FILTER (WHERE result = 'win'),
                               count(*) FILTER (WHERE result = 'loss'), count(*) FILTER (WHERE result = 'draw'),
                               sum(score), sum(bingos)
                        FROM seat WHERE result <> 'aborted' GROUP BY player_id ORDER BY player_id
                        ON CONFLICT (player_id) DO UPDATE
                        SET games = s.games + EXCLUDED.games, wins = s.wins + EXCLUDED.wins,
                            losses = s.losses + EXCLUDED.losses, draws = s.draws + EXCLUDED.draws,
                            score_total = s.score_total + EXCLUDED.score_total, bingos = s.bingos + EXCLUDED.bingos""")
                .bind(0, games).bind(1, finished).bind(2, scoreLists).bind(3, opponents).bind(4, seats).bind(5, ids)
                .bind(6, results).bind(7, scores).bind(8, bingos).bind(9, keys).bind(10, ratingBefore)
                .bind(11, deviationBefore).bind(12, ratingAfter).bind(13, deviationAfter).bind(14, volatilityAfter)
                .then();
    }
}
