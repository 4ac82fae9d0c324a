package io.tilecast.bench;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.util.function.ObjIntConsumer;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;

/**
 * One subscriber to a game's live events, reading the SSE frames as they arrive and reporting
 * each event's type and id (the game version) on the client's event-loop thread.
 */
final class Watcher implements AutoCloseable {

    private final StringBuilder pending = new StringBuilder();
    private final ObjIntConsumer<String> events;
    private final Disposable connection;

    Watcher(HttpClient http, String game, String token, ObjIntConsumer<String> events) {
        this.events = events;
        this.connection = http.headers(h -> {
                    h.set(HttpHeaderNames.ACCEPT, "text/event-stream");
                    if (token != null) {
                        h.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
                    }
                })
                .get().uri("/api/games/" + game + "/events")
                .responseContent()
                .subscribe(chunk -> received(chunk.toString(StandardCharsets.ISO_8859_1)), error -> { });
    }

    private void received(String chunk) {
        pending.append(chunk);
        int end;
        while ((end = pending.indexOf("\n\n")) >= 0) {
            frame(pending.substring(0, end));
            pending.delete(0, end + 2);
        }
    }

    private void frame(String frame) {
        String type = null;
        int id = -1;
        for (String line : frame.split("\n")) {
            if (line.startsWith("event:")) {
                type = line.substring(6).trim();
            } else if (line.startsWith("id:")) {
                id = Integer.parseInt(line.substring(3).trim());
            }
        }
        if (type != null) {
            events.accept(type, id);
        }
    }

    @Override
    public void close() {
        connection.dispose();
    }
}
