package io.tilecast.journal;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Writes one batch as one statement on the primary: one round trip, whatever its size. */
final class BatchStatement {

    private static final String WRITE_BATCH = """
            WITH saved AS (
                INSERT INTO games (id, region, host_machine, lease_epoch, lease_expires_at, status, seat_count, seats,
                                   created_by, lexicon, rules, seed, version, created_at, finished_at, final_scores,
                                   deadline)
                SELECT s.id, s.region, s.host_machine, s.lease_epoch, s.lease_expires_at::timestamptz, s.status,
                       s.seat_count, s.seats::jsonb, s.created_by, s.lexicon, s.rules::jsonb, s.seed, s.version,
                       s.created_at::timestamptz, s.finished_at::timestamptz, s.final_scores::jsonb,
                       s.deadline::timestamptz
                FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::int[],
                            $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[], $13::int[], $14::text[],
                            $15::text[], $16::text[], $28::text[])
                     AS s(id, region, host_machine, lease_epoch, lease_expires_at, status, seat_count, seats,
                          created_by, lexicon, rules, seed, version, created_at, finished_at, final_scores, deadline)
                ON CONFLICT (id) DO UPDATE
                   SET status = EXCLUDED.status, seats = EXCLUDED.seats, version = EXCLUDED.version,
                       finished_at = EXCLUDED.finished_at, final_scores = EXCLUDED.final_scores,
                       deadline = EXCLUDED.deadline
                 WHERE games.lease_epoch = EXCLUDED.lease_epoch
                RETURNING id, lease_epoch),
            leases AS (
                SELECT id, lease_epoch FROM saved
                UNION ALL
                SELECT g.id, g.lease_epoch
                FROM (SELECT unnest($17::text[]) UNION SELECT unnest($23::text[]) EXCEPT SELECT unnest($1::text[]))
                     AS unsaved(id)
                JOIN games g USING (id)),
            appended AS (
                INSERT INTO game_events (game_id, version, type, payload, epoch, created_at)
                SELECT e.game_id, e.version, e.type, e.payload::jsonb, e.epoch, e.created_at::timestamptz
                FROM unnest($17::text[], $18::int[], $19::text[], string_to_array($20, chr(30)), $21::bigint[],
                            $22::text[])
                     AS e(game_id, version, type, payload, epoch, created_at)
                JOIN leases l ON l.id = e.game_id AND l.lease_epoch = e.epoch
                ON CONFLICT (game_id, version) DO NOTHING
                RETURNING 1),
            credited AS (
                INSERT INTO game_credits (game_id)
                SELECT DISTINCT f.game_id FROM unnest($23::text[], $24::bigint[]) AS f(game_id, epoch)
                JOIN leases l ON l.id = f.game_id AND l.lease_epoch = f.epoch
                ON CONFLICT (game_id) DO NOTHING
                RETURNING game_id),
            credits AS (
                SELECT c.player_id, count(*) AS played, count(*) FILTER (WHERE c.won) AS won
                FROM unnest($25::text[], $26::text[], $27::boolean[]) AS c(game_id, player_id, won)
                JOIN credited USING (game_id)
                GROUP BY c.player_id),
            updated AS (
                UPDATE players p SET played = p.played + credits.played, won = p.won + credits.won
                FROM credits WHERE p.id = credits.player_id
                RETURNING p.id),
            said AS (
                INSERT INTO game_chat (game_id, id, channel, player_id, player_name, body, created_at)
                SELECT c.game_id, c.id, c.channel, c.player_id, c.player_name, c.body, c.created_at::timestamptz
                FROM unnest($29::text[], $30::text[], $31::text[], $32::text[], $33::text[], $34::text[],
                            $35::text[]) WITH ORDINALITY
                     AS c(game_id, id, channel, player_id, player_name, body, created_at, n)
                ORDER BY c.n
                ON CONFLICT (game_id, id) DO NOTHING
                RETURNING 1),
            left_out AS (
                SELECT p.game_id, p.epoch, l.id IS NOT NULL OR g.id IS NOT NULL AS known
                FROM (SELECT * FROM unnest($1::text[], $4::bigint[])
                      UNION SELECT * FROM unnest($17::text[], $21::bigint[])
                      UNION SELECT * FROM unnest($23::text[], $24::bigint[])) AS p(game_id, epoch)
                LEFT JOIN leases l ON l.id = p.game_id
                LEFT JOIN games g ON g.id = p.game_id
                WHERE l.lease_epoch IS DISTINCT FROM p.epoch)
            SELECT (SELECT count(*) FROM appended)::int,
                   array_agg(game_id) FILTER (WHERE known), array_agg(epoch) FILTER (WHERE known),
                   array_agg(game_id) FILTER (WHERE NOT known)
            FROM left_out""";

    private final DatabaseClient client;

    BatchStatement(ConnectionFactory primary) {
        this.client = DatabaseClient.create(primary);
    }

    Mono<BatchWritten> write(Batch batch) {
        return Mono.defer(() -> {
            List<Object> columns = new ArrayList<>(35);
            columns.addAll(gameColumns(batch.games()));
            columns.addAll(eventColumns(batch.events()));
            columns.addAll(finishColumns(batch.finishes()));
            columns.add(batch.games().stream().map(game -> text(game.deadline())).toArray(String[]::new)); // $28
            columns.addAll(chatColumns(batch.chat())); // $29 to $35
            DatabaseClient.GenericExecuteSpec statement = client.sql(WRITE_BATCH);
            for (int i = 0; i < columns.size(); i++) {
                statement = statement.bind(i, columns.get(i));
            }
            return statement.map(BatchStatement::outcome).one();
        });
    }

    private static BatchWritten outcome(Readable row) {
        Set<String> fenced = new HashSet<>();
        String[] fencedGames = row.get(1, String[].class);
        Long[] fencedEpochs = row.get(2, Long[].class);
        for (int i = 0; fencedGames != null && i < fencedGames.length; i++) {
            fenced.add(BatchWritten.key(fencedGames[i], fencedEpochs[i]));
        }
        String[] missing = row.get(3, String[].class);
        return new BatchWritten(row.get(0, Integer.class), fenced, missing == null ? Set.of() : Set.of(missing));
    }

    private static List<Object> gameColumns(List<GameSaved> games) {
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
        return List.of(id, region, host, epoch, expires, status, seatCount, seats, createdBy, lexicon, rules, seed,
                version, createdAt, finishedAt, scores);
    }

    private static List<Object> eventColumns(List<EventAppended> events) {
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
        return List.of(gameId, version, type, payloads.toString(), epoch, createdAt);
    }

    private static List<Object> finishColumns(List<GameFinished> finishes) {
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
        return List.of(gameId, epoch, creditGame.toArray(String[]::new), creditPlayer.toArray(String[]::new),
                creditWon.toArray(Boolean[]::new));
    }

    private static List<Object> chatColumns(List<ChatSaid> chat) {
        return List.of(chat.stream().map(ChatSaid::gameId).toArray(String[]::new),
                chat.stream().map(ChatSaid::id).toArray(String[]::new),
                chat.stream().map(ChatSaid::channel).toArray(String[]::new),
                chat.stream().map(ChatSaid::playerId).toArray(String[]::new),
                chat.stream().map(ChatSaid::playerName).toArray(String[]::new),
                chat.stream().map(ChatSaid::text).toArray(String[]::new),
                chat.stream().map(said -> text(said.at())).toArray(String[]::new));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
