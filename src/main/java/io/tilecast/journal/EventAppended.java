package io.tilecast.journal;

import java.time.Instant;
import java.util.Objects;

/** One event of a game's log. */
public record EventAppended(String gameId, int version, String type, String payloadJson, long epoch,
                            Instant createdAt) implements JournalEntry {

    static final char PAYLOAD_SEPARATOR = '\u001e';

    public EventAppended {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(createdAt, "createdAt");
        if (payloadJson.indexOf(PAYLOAD_SEPARATOR) >= 0) {
            throw new IllegalArgumentException("payloadJson of " + gameId + " version " + version
                    + " is not JSON: it holds an unescaped control character U+001E");
        }
    }
}
