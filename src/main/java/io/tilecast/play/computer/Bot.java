package io.tilecast.play.computer;

import io.tilecast.game.search.Strategy;
import io.tilecast.play.host.PlayerRef;

/** A computer opponent: a player ({@code bot} in {@code players}) that plays with a strategy. */
public record Bot(String id, String name, int level, Strategy strategy) {

    public PlayerRef player() {
        return new PlayerRef(id, name);
    }
}
