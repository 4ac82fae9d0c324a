package io.tilecast.journal;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Writes one batch as one statement on the primary, a call to {@code journal_write_batch} (migrations V15, V16):
 * one round trip, whatever its size.
 */
final class BatchStatement {

    private static final String WRITE_BATCH = "SELECT * FROM journal_write_batch("
            + IntStream.rangeClosed(1, 36).mapToObj(n -> "$" + n).collect(Collectors.joining(", ")) + ")";

    private final DatabaseClient client;

    BatchStatement(ConnectionFactory primary) {
        this.client = DatabaseClient.create(primary);
    }

    Mono<BatchWritten> write(Batch batch) {
        return Mono.defer(() -> {
            List<Object> columns = new ArrayList<>(36);
            columns.addAll(gameColumns(batch.games()));
            columns.addAll(eventColumns(batch.events()));
            columns.addAll(finishColumns(batch.finishes()));
            columns.add(batch.games().stream().map(game -> text(game.deadline())).toArray(String[]::new)); // $28
            columns.addAll(chatColumns(batch.chat())); // $29 to $35
            columns.add(batch.games().stream().map(GameSaved::outcomeJson).toArray(String[]::new)); // $36
            return client.sql(WRITE_BATCH).bindValues(columns).map(BatchStatement::outcome).one();
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
        return List.of(id, region, host, epoch, expires, status, seatCount, joined(seats), createdBy, lexicon,
                joined(rules), seed, version, createdAt, finishedAt, scores);
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
                payloads.append(EventAppended.JSON_SEPARATOR);
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

    /** JSON texts as one parameter, which the driver sends as it is instead of escaping each element. */
    private static String joined(String[] json) {
        return String.join(String.valueOf(EventAppended.JSON_SEPARATOR), json);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
