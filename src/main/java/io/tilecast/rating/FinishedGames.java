package io.tilecast.rating;

import io.tilecast.game.rules.TimeControl;
import io.tilecast.journal.EventLog;
import io.tilecast.play.computer.Bots;
import io.tilecast.play.host.view.GameOutcome;
import io.tilecast.play.host.view.GameSummary;
import io.tilecast.play.hosting.GameRebuild;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finished games as the ledger records them, read on the primary: from the games row's outcome, or, for a game finished
 * before rows kept one, by replaying its log.
 */
final class FinishedGames {

    private static final Log log = LogFactory.getLog(FinishedGames.class);
    private static final TypeReference<List<GameSummary.SeatSummary>> SEATS = new TypeReference<>() {
    };

    private final DatabaseClient primary;
    private final EventLog events;
    private final GameRebuild rebuild;
    private final JsonMapper json;

    FinishedGames(DatabaseClient primary, EventLog events, GameRebuild rebuild, JsonMapper json) {
        this.primary = primary;
        this.events = events;
        this.rebuild = rebuild;
        this.json = json;
    }

    /** The row's columns that say how the game came out; {@code outcome} is null for games finished before V16. */
    record Claimed(String id, OffsetDateTime finishedAt, String seats, String rules, String lexicon, String outcome) {
    }

    /** Marks up to {@code limit} of the oldest rows to record, in the caller's transaction, skipping held ones. */
    Flux<Claimed> claim(int limit) {
        return primary.sql("""
                        UPDATE games SET recorded_at = now()
                        WHERE id IN (SELECT id FROM games WHERE status = 'finished' AND recorded_at IS NULL
                                     ORDER BY finished_at LIMIT $1 FOR UPDATE SKIP LOCKED)
                        RETURNING id, finished_at, seats::text AS seats, rules::text AS rules, lexicon,
                                  outcome::text AS outcome""")
                .bind(0, limit)
                .map(row -> new Claimed(row.get("id", String.class), row.get("finished_at", OffsetDateTime.class),
                        row.get("seats", String.class), row.get("rules", String.class),
                        row.get("lexicon", String.class), row.get("outcome", String.class)))
                .all()
                .sort(Comparator.comparing(Claimed::finishedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Claimed::id));
    }

    /** The game as its row records it, else as its log replays; empty for an imported record (no accounts). */
    Mono<FinishedGame> read(Claimed claimed) {
        String gameId = claimed.id();
        try {
            JsonNode rules = json.readTree(claimed.rules());
            if (rules.path("imported").asBoolean(false)) {
                return Mono.empty();
            }
            if (claimed.outcome() == null) {
                return replayed(gameId);
            }
            List<GameSummary.SeatSummary> seats = json.readValue(claimed.seats(), SEATS);
            JsonNode clock = rules.path("clock");
            return Mono.just(FinishedGame.of(gameId, seats.stream().map(GameSummary.SeatSummary::player).toList(),
                    seats.stream().map(GameSummary.SeatSummary::score).toList(),
                    json.readValue(claimed.outcome(), GameOutcome.class),
                    clock.isObject() ? json.treeToValue(clock, TimeControl.class) : null, claimed.lexicon(),
                    rules.path("rated").asBoolean(false), FinishedGames::isBot));
        } catch (JacksonException | IllegalArgumentException unreadable) {
            return unreadable(gameId, unreadable);
        }
    }

    /** The game rebuilt from its log; empty (and recorded as nothing) when its log does not replay here. */
    private Mono<FinishedGame> replayed(String gameId) {
        return events.game(gameId).zipWith(events.read(gameId).collectList()).flatMap(stored -> {
            try {
                var table = rebuild.rebuild(stored.getT1(), stored.getT2()).table();
                return Mono.justOrEmpty(FinishedGame.of(table, FinishedGames::isBot));
            } catch (IllegalStateException unreadable) {
                return unreadable(gameId, unreadable);
            }
        });
    }

    private static Mono<FinishedGame> unreadable(String gameId, RuntimeException why) {
        log.warn("Game " + gameId + " is recorded without results: " + why.getMessage());
        return Mono.empty();
    }

    private static boolean isBot(String playerId) {
        return Bots.byId(playerId).isPresent();
    }
}
