package io.tilecast.journal;

import java.util.List;
import java.util.Objects;

/**
 * Credits {@code players.played} to every player and {@code players.won} to every winner of a game that has ended, once
 * per game however often it is offered, and fenced like events.
 */
public record GameFinished(String gameId, long epoch, List<String> playerIds, List<String> winnerIds)
        implements JournalEntry {

    public GameFinished {
        Objects.requireNonNull(gameId, "gameId");
        playerIds = List.copyOf(playerIds);
        winnerIds = List.copyOf(winnerIds);
    }
}
