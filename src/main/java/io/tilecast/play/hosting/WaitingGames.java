package io.tilecast.play.hosting;

import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.Status;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The games in memory here that wait for their start, so that a player's waiting games are counted without asking
 * every game this process hosts; a game that has started, ended or been called off never waits again.
 */
final class WaitingGames {

    private final Set<GameHost> waiting = ConcurrentHashMap.newKeySet();

    void hosted(GameHost host) {
        if (host.status() == Status.WAITING) {
            waiting.add(host);
        }
    }

    void left(GameHost host) {
        waiting.remove(host);
    }

    long of(String playerId) {
        long count = 0;
        for (GameHost host : waiting) {
            if (host.status() != Status.WAITING) {
                waiting.remove(host);
            } else if (host.waitsWith(playerId)) {
                count++;
            }
        }
        return count;
    }
}
