package io.tilecast.bench;

import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * A slot of "games" on nchan, the same shape as {@link TilecastSlot}'s with nothing behind it: each
 * game a fresh channel with two EventSource subscribers, each turn a publication of a {@code moved}
 * event's data as Tilecast sends it, turn {@code n} the subscriber's {@code n}-th message.
 */
final class NchanSlot extends TurnSlot {

    private static int channels;

    private final Api publisher;
    private final Watchers watchers;
    private final String message;
    private Watcher[] streams = new Watcher[0];
    private String channel;

    NchanSlot(OpponentRound round, Duration think, Stop stop, Api publisher, Watchers watchers, String message) {
        super(round, think, stop);
        this.publisher = publisher;
        this.watchers = watchers;
        this.message = message;
    }

    private static synchronized String nextChannel() {
        return "game" + ++channels;
    }

    @Override
    synchronized void begin() {
        int thisGame = game();
        channel = nextChannel();
        int[] opened = new int[1];
        int[] received = new int[2];
        streams = new Watcher[2];
        for (int seat = 0; seat < 2; seat++) {
            int subscriber = seat;
            streams[seat] = watchers.subscribe("/sub?id=" + channel, null, (type, id) -> {
                if (type.equals("moved")) {
                    arrived(thisGame, subscriber, received[subscriber]++);
                } else if (type.equals(Watcher.OPENED) && count(opened)) {
                    ready(thisGame, 0);
                } else if (type.equals(Watcher.CLOSED)) {
                    closed(thisGame);
                }
            });
        }
    }

    private synchronized boolean count(int[] opened) {
        return ++opened[0] == 2;
    }

    @Override
    Mono<Integer> send(int seat, int turn) {
        return publisher.post("/pub?id=" + channel, null, message).map(Api.Reply::status);
    }

    @Override
    synchronized void finish() {
        for (Watcher stream : streams) {
            stream.close();
        }
        streams = new Watcher[0];
    }
}
