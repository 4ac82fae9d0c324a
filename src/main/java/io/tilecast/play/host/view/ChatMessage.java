package io.tilecast.play.host.view;

import io.tilecast.play.host.PlayerRef;
import java.time.Instant;

/** One line of a game's chat (API.md "Chat"): {@code channel} is {@code players} or {@code spectators}. */
public record ChatMessage(String id, String channel, PlayerRef from, String text, Instant at) {

    public static final String PLAYERS = "players";
    public static final String SPECTATORS = "spectators";

    public boolean fromSpectator() {
        return SPECTATORS.equals(channel);
    }
}
