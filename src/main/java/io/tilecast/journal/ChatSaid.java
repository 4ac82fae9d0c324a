package io.tilecast.journal;

import java.time.Instant;
import java.util.Objects;

/** One line of a game's chat, written once however often it is offered; not fenced, since it forks no log. */
public record ChatSaid(String gameId, String id, String channel, String playerId, String playerName, String text,
                       Instant at) implements JournalEntry {

    public ChatSaid {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(playerId, "playerId");
        Objects.requireNonNull(playerName, "playerName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
