package io.tilecast.bench;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * A slot of games on Tilecast: each game created, joined and started over the API by the slot's two
 * players, each player on its own stream of the game's events, every move a pass, so that the sixth
 * scoreless turn ends the game. Turn {@code n}'s move is the event of version {@code start + n + 1}.
 */
final class TilecastSlot extends TurnSlot {

    private final Api api;
    private final Watchers watchers;
    private final Api.Player[] players;
    private Watcher[] streams = new Watcher[0];
    private int startVersion;
    private String id;

    TilecastSlot(OpponentRound round, Duration think, Stop stop, Api api, Watchers watchers, Api.Player first,
                 Api.Player second) {
        super(round, think, stop);
        this.api = api;
        this.watchers = watchers;
        this.players = new Api.Player[] {first, second};
    }

    @Override
    void begin() {
        int thisGame = game();
        api.startGame(players[0], players[1]).subscribe(started -> open(thisGame, started), this::failed);
    }

    private synchronized void open(int thisGame, Api.StartedGame started) {
        id = started.id();
        startVersion = started.view().get("version").asInt();
        int firstMover = started.view().get("turn").asInt();
        int[] snapshots = new int[1];
        streams = new Watcher[2];
        for (int seat = 0; seat < 2; seat++) {
            int watcher = seat;
            streams[seat] = watchers.watch(id, players[seat].token(), (type, version) -> {
                if (type.equals("moved")) {
                    arrived(thisGame, watcher, version - startVersion - 1);
                } else if (type.equals("snapshot") && snapshotted(snapshots)) {
                    ready(thisGame, firstMover);
                } else if (type.equals(Watcher.CLOSED)) {
                    closed(thisGame);
                }
            });
        }
    }

    private synchronized boolean snapshotted(int[] snapshots) {
        return ++snapshots[0] == 2;
    }

    @Override
    Mono<Integer> send(int seat, int turn) {
        String body = "{\"type\":\"pass\",\"version\":" + (startVersion + turn) + "}";
        return api.post("/api/games/" + id + "/moves", players[seat].token(), body).map(Api.Reply::status);
    }

    @Override
    synchronized void finish() {
        for (Watcher stream : streams) {
            stream.close();
        }
        streams = new Watcher[0];
    }
}
