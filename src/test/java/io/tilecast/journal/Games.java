package io.tilecast.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Journal entries as a game host would offer them, with payloads shaped like real moves. */
final class Games {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private Games() {
    }

    static GameSaved created(String gameId, String creator, long epoch) {
        return new GameSaved(gameId, "local", "machine-1", epoch, NOW.plusSeconds(30), "waiting", 2,
                "[{\"player\":\"" + creator + "\"}]", creator, "english", "{\"bingo\":50}", 42L, 0, NOW, null, null, null,
                null);
    }

    static GameSaved withState(GameSaved game, String status, int version) {
        return new GameSaved(game.id(), game.region(), game.hostMachine(), game.leaseEpoch(), game.leaseExpiresAt(),
                status, game.seatCount(), game.seatsJson(), game.createdBy(), game.lexicon(), game.rulesJson(),
                game.seed(), version, game.createdAt(), game.finishedAt(), game.finalScoresJson(), game.deadline(),
                game.outcomeJson());
    }

    static GameSaved finished(GameSaved game, int version, String finalScoresJson) {
        return new GameSaved(game.id(), game.region(), game.hostMachine(), game.leaseEpoch(), game.leaseExpiresAt(),
                "finished", game.seatCount(), game.seatsJson(), game.createdBy(), game.lexicon(), game.rulesJson(),
                game.seed(), version, game.createdAt(), NOW.plusSeconds(600), finalScoresJson, null, null);
    }

    static EventAppended move(String gameId, int version, long epoch) {
        return new EventAppended(gameId, version, "moved", payload(version), epoch, NOW.plusMillis(version));
    }

    /** Versions {@code from} to {@code to}, both included. */
    static List<EventAppended> moves(String gameId, int from, int to, long epoch) {
        List<EventAppended> moves = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            moves.add(move(gameId, v, epoch));
        }
        return moves;
    }

    /** About 300 bytes, like a placement with its words, score and the mover's new rack. */
    static String payload(int version) {
        return "{\"seat\":" + (version % 2) + ",\"type\":\"place\",\"tiles\":[{\"row\":7,\"col\":7,\"letter\":\"Q\"},"
                + "{\"row\":7,\"col\":8,\"letter\":\"U\"},{\"row\":7,\"col\":9,\"letter\":\"I\"},"
                + "{\"row\":7,\"col\":10,\"letter\":\"Z\",\"blank\":true}],\"words\":[{\"word\":\"QUIZ\",\"score\":"
                + version + "},{\"word\":\"ZA\",\"score\":11}],\"score\":" + (version + 11)
                + ",\"bingo\":false,\"rack\":\"AEINRST\",\"bag\":" + Math.max(0, 86 - version) + "}";
    }
}
