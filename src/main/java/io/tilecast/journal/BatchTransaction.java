package io.tilecast.journal;

import io.r2dbc.spi.ConnectionFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Writes one batch in one transaction on the primary, a fixed handful of statements whatever its
 * size: every statement takes its rows as parallel arrays and unnests them, because a round trip
 * per row (or per {@code Statement.add}) would cap the journal at a few thousand events a second.
 */
final class BatchTransaction {

    /** New games are inserted whole; known games take the new state only under the same lease epoch. */
    private static final String SAVE_GAMES = """
            INSERT INTO games (id, region, host_machine, lease_epoch, lease_expires_at, status, seat_count, seats,
                               created_by, lexicon, rules, seed, version, created_at, finished_at, final_scores)
            SELECT s.id, s.region, s.host_machine, s.lease_epoch, s.lease_expires_at::timestamptz, s.status,
                   s.seat_count, s.seats::jsonb, s.created_by, s.lexicon, s.rules::jsonb, s.seed, s.version,
                   s.created_at::timestamptz, s.finished_at::timestamptz, s.final_scores::jsonb
            FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::int[],
                        $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[], $13::int[], $14::text[],
                        $15::text[], $16::text[])
                 AS s(id, region, host_machine, lease_epoch, lease_expires_at, status, seat_count, seats,
                      created_by, lexicon, rules, seed, version, created_at, finished_at, final_scores)
            ON CONFLICT (id) DO UPDATE
               SET status = EXCLUDED.status, seats = EXCLUDED.seats, version = EXCLUDED.version,
                   finished_at = EXCLUDED.finished_at, final_scores = EXCLUDED.final_scores
             WHERE games.lease_epoch = EXCLUDED.lease_epoch
            RETURNING id""";

    /**
     * The join is the fence; DO NOTHING makes a repeated event (a retried batch) harmless. Payloads
     * travel as one text joined by the record separator rather than as a text[]: an array literal
     * escapes every quote of every JSON document on both sides, which cost a quarter of a batch.
     */
    private static final String APPEND_EVENTS = """
            WITH appended AS (
                INSERT INTO game_events (game_id, version, type, payload, epoch, created_at)
                SELECT e.game_id, e.version, e.type, e.payload::jsonb, e.epoch, e.created_at::timestamptz
                FROM unnest($1::text[], $2::int[], $3::text[], string_to_array($4, chr(30)), $5::bigint[], $6::text[])
                     AS e(game_id, version, type, payload, epoch, created_at)
                JOIN games g ON g.id = e.game_id AND g.lease_epoch = e.epoch
                ON CONFLICT (game_id, version) DO NOTHING
                RETURNING 1)
            SELECT count(*)::int FROM appended""";

    /** game_credits remembers which games were credited, so that a game is counted once. */
    private static final String CREDIT_PLAYERS = """
            WITH credited AS (
                INSERT INTO game_credits (game_id)
                SELECT DISTINCT f.game_id FROM unnest($1::text[], $2::bigint[]) AS f(game_id, epoch)
                JOIN games g ON g.id = f.game_id AND g.lease_epoch = f.epoch
                ON CONFLICT (game_id) DO NOTHING
                RETURNING game_id),
            credits AS (
                SELECT c.player_id, count(*) AS played, count(*) FILTER (WHERE c.won) AS won
                FROM unnest($3::text[], $4::text[], $5::boolean[]) AS c(game_id, player_id, won)
                JOIN credited USING (game_id)
                GROUP BY c.player_id),
            updated AS (
                UPDATE players p SET played = p.played + credits.played, won = p.won + credits.won
                FROM credits WHERE p.id = credits.player_id
                RETURNING p.id)
            SELECT count(*)::int FROM credited""";

    /** Run only when something was left out: tells a lost lease from a game that was never saved. */
    private static final String LEASES_DISAGREEING = """
            SELECT i.game_id, i.epoch, g.lease_epoch
            FROM unnest($1::text[], $2::bigint[]) AS i(game_id, epoch)
            LEFT JOIN games g ON g.id = i.game_id
            WHERE g.lease_epoch IS DISTINCT FROM i.epoch""";

    private final DatabaseClient client;
    private final TransactionalOperator transactional;

    BatchTransaction(ConnectionFactory primary) {
        this.client = DatabaseClient.create(primary);
        this.transactional = TransactionalOperator.create(new R2dbcTransactionManager(primary));
    }

    Mono<BatchOutcome> write(Batch batch) {
        return transactional.transactional(Mono.defer(() -> statements(batch)));
    }

    /** Games first (events join on them), then events, then credits, in one transaction. */
    private Mono<BatchOutcome> statements(Batch batch) {
        long finishedGames = batch.finishes().stream().map(GameFinished::gameId).distinct().count();
        return saveGames(batch.games()).flatMap(fencedGames -> appendEvents(batch.events())
                .zipWhen(written -> creditPlayers(batch.finishes()))
                .flatMap(counts -> {
                    int written = counts.getT1();
                    boolean allThere = written == batch.events().size() && counts.getT2() == finishedGames;
                    return allThere
                            ? Mono.just(new BatchOutcome(written, fencedGames, Set.of()))
                            : leasesDisagreeing(batch, written, fencedGames);
                }));
    }

    private Mono<Set<String>> saveGames(List<GameSaved> games) {
        if (games.isEmpty()) {
            return Mono.just(Set.of());
        }
        int n = games.size();
        String[] id = new String[n], region = new String[n], host = new String[n], expires = new String[n];
        String[] status = new String[n], seats = new String[n], createdBy = new String[n], lexicon = new String[n];
        String[] rules = new String[n], createdAt = new String[n], finishedAt = new String[n], scores = new String[n];
        Long[] epoch = new Long[n], seed = new Long[n];
        Integer[] seatCount = new Integer[n], version = new Integer[n];
        for (int i = 0; i < n; i++) {
            GameSaved g = games.get(i);
            id[i] = g.id();
            region[i] = g.region();
            host[i] = g.hostMachine();
            epoch[i] = g.leaseEpoch();
            expires[i] = text(g.leaseExpiresAt());
            status[i] = g.status();
            seatCount[i] = g.seatCount();
            seats[i] = g.seatsJson();
            createdBy[i] = g.createdBy();
            lexicon[i] = g.lexicon();
            rules[i] = g.rulesJson();
            seed[i] = g.seed();
            version[i] = g.version();
            createdAt[i] = text(g.createdAt());
            finishedAt[i] = text(g.finishedAt());
            scores[i] = g.finalScoresJson();
        }
        return client.sql(SAVE_GAMES)
                .bind(0, id).bind(1, region).bind(2, host).bind(3, epoch).bind(4, expires).bind(5, status)
                .bind(6, seatCount).bind(7, seats).bind(8, createdBy).bind(9, lexicon).bind(10, rules)
                .bind(11, seed).bind(12, version).bind(13, createdAt).bind(14, finishedAt).bind(15, scores)
                .map(row -> row.get(0, String.class)).all().collectList()
                .map(saved -> {
                    Set<String> savedIds = new HashSet<>(saved);
                    Set<String> fenced = new HashSet<>();
                    for (GameSaved g : games) {
                        if (!savedIds.contains(g.id())) {
                            fenced.add(BatchOutcome.key(g.id(), g.leaseEpoch()));
                        }
                    }
                    return fenced;
                });
    }

    private Mono<Integer> appendEvents(List<EventAppended> events) {
        if (events.isEmpty()) {
            return Mono.just(0);
        }
        int n = events.size();
        String[] gameId = new String[n], type = new String[n], createdAt = new String[n];
        Integer[] version = new Integer[n];
        Long[] epoch = new Long[n];
        StringBuilder payloads = new StringBuilder(n * 400);
        for (int i = 0; i < n; i++) {
            EventAppended e = events.get(i);
            gameId[i] = e.gameId();
            version[i] = e.version();
            type[i] = e.type();
            if (i > 0) {
                payloads.append(EventAppended.PAYLOAD_SEPARATOR);
            }
            payloads.append(e.payloadJson());
            epoch[i] = e.epoch();
            createdAt[i] = text(e.createdAt());
        }
        return client.sql(APPEND_EVENTS)
                .bind(0, gameId).bind(1, version).bind(2, type).bind(3, payloads.toString()).bind(4, epoch).bind(5, createdAt)
                .map(row -> row.get(0, Integer.class)).one();
    }

    private Mono<Integer> creditPlayers(List<GameFinished> finishes) {
        if (finishes.isEmpty()) {
            return Mono.just(0);
        }
        int n = finishes.size();
        String[] gameId = new String[n];
        Long[] epoch = new Long[n];
        List<String> creditGame = new ArrayList<>();
        List<String> creditPlayer = new ArrayList<>();
        List<Boolean> creditWon = new ArrayList<>();
        Set<String> creditedGames = new HashSet<>();
        for (int i = 0; i < n; i++) {
            GameFinished f = finishes.get(i);
            gameId[i] = f.gameId();
            epoch[i] = f.epoch();
            if (!creditedGames.add(f.gameId())) {
                continue; // the same end offered twice in one batch is credited once
            }
            Set<String> players = new LinkedHashSet<>(f.playerIds());
            players.addAll(f.winnerIds());
            for (String player : players) {
                creditGame.add(f.gameId());
                creditPlayer.add(player);
                creditWon.add(f.winnerIds().contains(player));
            }
        }
        return client.sql(CREDIT_PLAYERS)
                .bind(0, gameId).bind(1, epoch)
                .bind(2, creditGame.toArray(String[]::new)).bind(3, creditPlayer.toArray(String[]::new))
                .bind(4, creditWon.toArray(Boolean[]::new))
                .map(row -> row.get(0, Integer.class)).one();
    }

    private Mono<BatchOutcome> leasesDisagreeing(Batch batch, int written, Set<String> fencedGames) {
        Set<String> pairs = new LinkedHashSet<>();
        List<String> gameIds = new ArrayList<>();
        List<Long> epochs = new ArrayList<>();
        for (JournalEntry entry : batch.entries()) {
            if (!(entry instanceof GameSaved) && pairs.add(BatchOutcome.key(entry.gameId(), Batch.epochOf(entry)))) {
                gameIds.add(entry.gameId());
                epochs.add(Batch.epochOf(entry));
            }
        }
        return client.sql(LEASES_DISAGREEING)
                .bind(0, gameIds.toArray(String[]::new)).bind(1, epochs.toArray(Long[]::new))
                .map(row -> new Object[] {row.get(0, String.class), row.get(1, Long.class), row.get(2, Long.class)})
                .all().collectList()
                .map(rows -> {
                    Set<String> fenced = new HashSet<>(fencedGames);
                    Set<String> missing = new HashSet<>();
                    for (Object[] row : rows) {
                        if (row[2] == null) {
                            missing.add((String) row[0]);
                        } else {
                            fenced.add(BatchOutcome.key((String) row[0], (Long) row[1]));
                        }
                    }
                    return new BatchOutcome(written, fenced, missing);
                });
    }

    /** Timestamps travel as ISO-8601 text: exact to the microsecond, and null stays null. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
