package io.tilecast.bench;

import io.tilecast.journal.EventAppended;
import io.tilecast.journal.GameSaved;
import java.time.Instant;

/** Journal entries shaped like a live host's, for the journal benchmarks; every game is held under epoch 1. */
final class JournalMoves {

    static final long EPOCH = 1;

    private JournalMoves() {
    }

    /** The games row of a two-player game at {@code version}, as a host offers it with every move. */
    static GameSaved game(String id, long seed, int version, Instant now) {
        return new GameSaved(id, "local", "machine-1", EPOCH, now.plusSeconds(30), "active", 2,
                "[{\"player\":\"p0\"},{\"player\":\"p1\"}]", "p0", "english", "{\"bingo\":50}", seed, version, now,
                null, null, now.plusSeconds(1200), null);
    }

    static EventAppended moved(String gameId, int version, Instant now) {
        return new EventAppended(gameId, version, "moved", payload(version), EPOCH, now);
    }

    /** About 300 bytes, like a placement with its words, score and the mover's new rack. */
    private static String payload(int version) {
        return "{\"seat\":" + (version % 2) + ",\"type\":\"place\",\"tiles\":[{\"row\":7,\"col\":7,\"letter\":\"Q\"},"
                + "{\"row\":7,\"col\":8,\"letter\":\"U\"},{\"row\":7,\"col\":9,\"letter\":\"I\"},"
                + "{\"row\":7,\"col\":10,\"letter\":\"Z\",\"blank\":true}],\"words\":[{\"word\":\"QUIZ\",\"score\":"
                + version + "},{\"word\":\"ZA\",\"score\":11}],\"score\":" + (version + 11)
                + ",\"bingo\":false,\"rack\":\"AEINRST\",\"bag\":" + Math.max(0, 86 - version) + "}";
    }
}
