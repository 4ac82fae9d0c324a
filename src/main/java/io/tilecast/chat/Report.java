package io.tilecast.chat;

import java.time.Instant;

/** A player's report of another, as the moderators read it; {@code game} may be null. */
public record Report(long id, String reporter, String player, String game, String reason, Instant at) {
}
