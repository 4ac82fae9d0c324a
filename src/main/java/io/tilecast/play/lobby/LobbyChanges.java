package io.tilecast.play.lobby;

import io.tilecast.play.host.Delivery;
import io.tilecast.play.host.EventName;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Status;
import io.tilecast.play.host.view.GameSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lobby as of one read, and what changed since the read before: a {@code game} event for every game that appeared
 * or changed (its version moved: a join, the start, a move, the end), and a {@code gone} event for every game that left
 * the lists of games waiting and in play.
 */
record LobbyChanges(Map<String, GameSummary> games, List<Delivery> changes) {

    static final LobbyChanges NONE = new LobbyChanges(Map.of(), List.of());

    /** The id of a game that left the lists. */
    record Gone(String id) {
    }

    LobbyChanges next(List<GameSummary> read) {
        Map<String, GameSummary> now = new LinkedHashMap<>();
        read.forEach(game -> now.put(game.id(), game));
        List<Delivery> changes = new ArrayList<>();
        for (GameSummary game : read) {
            GameSummary before = games.get(game.id());
            boolean changed = before == null || before.version() != game.version();
            if (listed(game) && changed) {
                changes.add(new Delivery(EventName.GAME, 0, game));
            } else if (!listed(game) && before != null && listed(before)) {
                changes.add(new Delivery(EventName.GAME, 0, game)); // its end, with the final scores
                changes.add(new Delivery(EventName.GONE, 0, new Gone(game.id())));
            }
        }
        games.values().stream()
                .filter(game -> listed(game) && !now.containsKey(game.id()))
                .forEach(game -> changes.add(new Delivery(EventName.GONE, 0, new Gone(game.id()))));
        return new LobbyChanges(now, changes);
    }

    static boolean listed(GameSummary game) {
        return !game.status().equals(Status.FINISHED.code());
    }

    Map<String, List<GameSummary>> snapshot(PlayerRef player) {
        Map<String, List<GameSummary>> lists = new LinkedHashMap<>();
        lists.put("open", games.values().stream().filter(game -> game.status().equals(Status.WAITING.code())).toList());
        lists.put("playing", games.values().stream().filter(game -> game.status().equals(Status.ACTIVE.code())).toList());
        if (player != null) {
            lists.put("mine", games.values().stream()
                    .filter(game -> listed(game) && game.seats().stream().anyMatch(s -> player.id().equals(s.player().id())))
                    .toList());
        }
        return lists;
    }
}
