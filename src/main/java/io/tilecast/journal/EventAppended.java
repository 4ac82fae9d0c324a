package io.tilecast.journal;

import java.time.Instant;
import java.util.Objects;

/** One event of a game's log. */
public record EventAppended(String gameId, int version, String type, String payloadJson, long epoch,
                            Instant createdAt) implements JournalEntry {

    /** What joins the JSON texts of a batch sent as one parameter; JSON escapes it inside strings. */
    static final char JSON_SEPARATOR = '\u001e';

    public EventAppended {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadJson, "payloadJson");
        Objects.requireNonNull(createdAt, "createdAt");
        if (payloadJson.indexOf(JSON_SEPARATOR) >= 0) {
            throw notJson("payloadJson of " + gameId + " version " + version);
        }
    }

    static IllegalArgumentException notJson(String what) {
        return new IllegalArgumentException(what + " is not JSON: it holds an unescaped control character U+001E");
    }
}
