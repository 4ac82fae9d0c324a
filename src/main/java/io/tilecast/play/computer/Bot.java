package io.tilecast.play.computer;

import io.tilecast.game.search.Strategy;
import io.tilecast.play.host.PlayerRef;

/**
 * A computer opponent: a player (its row in {@code players} has {@code bot} true) that plays with a strategy of the
 * rules library.
 */
public record Bot(String id, String name, int level, Strategy strategy) {

    public PlayerRef player() {
        return new PlayerRef(id, name);
    }
}
