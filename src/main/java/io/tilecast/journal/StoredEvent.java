package io.tilecast.journal;

/** One event of a game's log as stored in {@code game_events}. */
public record StoredEvent(String gameId, int version, String type, String payloadJson, long epoch) {
}
