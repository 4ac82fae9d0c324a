package io.tilecast.rating;

import io.r2dbc.spi.Readable;
import io.tilecast.game.rating.Rating;
import io.tilecast.play.host.PlayerRef;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records finished games for their players, each once, a sweep's worth in one transaction on the primary (design.md,
 * "Recording finished games"): a game recorded already, or being recorded elsewhere, is left alone.
 */
final class RatingLedger {

    private static final double SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

    private final DatabaseClient primary;
    private final TransactionalOperator transaction;
    private final FinishedGames games;
    private final RecordsWrite records;

    RatingLedger(DatabaseClient primary, TransactionalOperator transaction, FinishedGames games, JsonMapper json) {
        this.primary = primary;
        this.transaction = transaction;
        this.games = games;
        this.records = new RecordsWrite(primary, json);
    }

    /** Records up to {@code limit} of the oldest finished games not yet recorded; how many this call recorded. */
    Mono<Integer> recordOldest(int limit) {
        return transaction.transactional(games.claim(limit).collectList().flatMap(claimed -> Flux.fromIterable(claimed)
                .concatMap(row -> games.read(row).map(game -> new Ended(game, row.finishedAt())))
                .collectList()
                .flatMap(ended -> ended.isEmpty() ? Mono.<Void>empty()
                        : rate(ended).flatMap(changes -> records.write(ended, changes)))
                .thenReturn(claimed.size())));
    }

    record Ended(FinishedGame game, OffsetDateTime at) {
    }

    /** A seat's rating before and after its game; null for an unrated game's seat. */
    record Change(Rating before, Rating after) {
    }

    private record Held(String player, String key) {
    }

    private record Stood(Rating rating, OffsetDateTime ratedAt) {
    }

    /** Each seat's change, game after game, from the rating rows, created if new and locked in (player, key) order. */
    private Mono<List<List<Change>>> rate(List<Ended> ended) {
        Set<Held> held = new LinkedHashSet<>();
        for (Ended e : ended) {
            if (e.game().rated()) {
                e.game().players().forEach(player -> held.add(new Held(player.id(), e.game().key())));
            }
        }
        Map<Held, Stood> none = new HashMap<>();
        Mono<Map<Held, Stood>> standing = held.isEmpty() ? Mono.just(none) : primary.sql("""
                        INSERT INTO ratings AS r (player_id, key, rating, deviation, volatility)
                        SELECT p, k, $3, $4, $5 FROM unnest($1::text[], $2::text[]) AS u(p, k) ORDER BY p, k
                        ON CONFLICT (player_id, key) DO UPDATE SET key = r.key
                        RETURNING player_id, key, rating, deviation, volatility, rated_at""")
                .bind(0, held.stream().map(Held::player).toArray(String[]::new))
                .bind(1, held.stream().map(Held::key).toArray(String[]::new))
                .bind(2, Rating.NEW.rating()).bind(3, Rating.NEW.deviation()).bind(4, Rating.NEW.volatility())
                .map(row -> Map.entry(new Held(row.get("player_id", String.class), row.get("key", String.class)),
                        stood(row)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
        return standing.map(stood -> ended.stream().map(e -> changes(e, stood)).toList());
    }

    private static Stood stood(Readable row) {
        return new Stood(new Rating(row.get("rating", Double.class), row.get("deviation", Double.class),
                row.get("volatility", Double.class)), row.get("rated_at", OffsetDateTime.class));
    }

    private static List<Change> changes(Ended ended, Map<Held, Stood> standing) {
        FinishedGame game = ended.game();
        List<Change> changes = new ArrayList<>();
        if (!game.rated()) {
            game.players().forEach(player -> changes.add(null));
            return changes;
        }
        List<Rating> before = new ArrayList<>();
        List<Double> days = new ArrayList<>();
        for (PlayerRef player : game.players()) {
            Stood s = standing.get(new Held(player.id(), game.key()));
            before.add(s.rating());
            days.add(s.ratedAt() == null ? 0 : Math.max(0,
                    Duration.between(s.ratedAt(), ended.at()).toMillis() / 1000.0 / SECONDS_PER_DAY));
        }
        List<Rating> after = game.standings().rate(before, days);
        for (int seat = 0; seat < before.size(); seat++) {
            changes.add(new Change(before.get(seat), after.get(seat)));
            Held player = new Held(game.players().get(seat).id(), game.key());
            OffsetDateTime last = standing.get(player).ratedAt();
            standing.put(player, new Stood(after.get(seat),
                    last == null || last.isBefore(ended.at()) ? ended.at() : last));
        }
        return changes;
    }
}
