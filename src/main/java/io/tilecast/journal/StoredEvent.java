package io.tilecast.journal;

import java.time.Instant;

/** One event of a game's log as stored in {@code game_events}; {@code at} is when its host applied it. */
public record StoredEvent(String gameId, int version, String type, String payloadJson, long epoch, Instant at) {
}
