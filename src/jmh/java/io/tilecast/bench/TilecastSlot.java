package io.tilecast.bench;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * A slot of games on Tilecast: each game created, joined and started over the API by the slot's two
 * players, each player on its own stream of the game's events, every move a pass (the sixth scoreless
 * turn ends the game) or a prepared play (a game cut short of its end is resigned after the last). Turn {@code n}'s move is the event of version {@code start + n + 1}.
 */
final class TilecastSlot extends TurnSlot {

    private final Api api;
    private final Watchers watchers;
    private final Api.Player[] players;
    private final PreparedGame moves;
    private Watcher[] streams = new Watcher[0];
    private int startVersion;
    private int firstMover;
    private String id;

    TilecastSlot(OpponentRound round, Duration think, Stop stop, Api api, Watchers watchers, Api.Player first,
                 Api.Player second, PreparedGame moves) {
        super(round, think, stop);
        this.moves = moves;
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
        firstMover = started.view().get("turn").asInt();
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
        return api.post("/api/games/" + id + "/moves", players[seat].token(), moves.body(turn, startVersion + turn))
                .map(Api.Reply::status);
    }

    @Override
    synchronized void finish() {
        if (!moves.endsItself() && id != null) {
            // A game cut short of its end: the player to move resigns it, outside the measure.
            String resign = "{\"type\":\"resign\",\"version\":" + (startVersion + TURNS) + "}";
            api.post("/api/games/" + id + "/moves", players[firstMover].token(), resign).subscribe(reply -> { },
                    error -> { });
            id = null;
        }
        for (Watcher stream : streams) {
            stream.close();
        }
        streams = new Watcher[0];
    }
}
