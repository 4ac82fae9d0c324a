package io.tilecast.bench;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.util.function.ObjIntConsumer;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;

/**
 * One subscriber to a game's live events, reading the SSE frames as they arrive and reporting
 * each event's type and id (the game version) on the client's event-loop thread.
 *
 * <p>It reads the bytes where they arrived and keeps only the short {@code id:} and {@code event:}
 * lines, skipping over the data: a thousand of these share the server's two cores, so the client
 * must cost as little as a browser on another machine would.
 */
final class Watcher implements AutoCloseable {

    private final StringBuilder line = new StringBuilder();
    private final ObjIntConsumer<String> events;
    private final Disposable connection;
    private boolean lineStart = true;
    private boolean keepLine;
    private boolean emptyLine;
    private String type;
    private int id = -1;

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
                .subscribe(this::received, error -> { });
    }

    private void received(ByteBuf chunk) {
        int at = chunk.readerIndex();
        int end = chunk.writerIndex();
        while (at < end) {
            if (lineStart) {
                byte first = chunk.getByte(at);
                lineStart = false;
                emptyLine = first == '\n';
                keepLine = first == 'i' || first == 'e';
            }
            int lf = chunk.indexOf(at, end, (byte) '\n');
            int stop = lf < 0 ? end : lf;
            if (keepLine) {
                line.append(chunk.toString(at, stop - at, StandardCharsets.ISO_8859_1));
            }
            if (lf < 0) {
                return;
            }
            lineEnded();
            at = lf + 1;
        }
    }

    private void lineEnded() {
        if (emptyLine) {
            if (type != null) {
                events.accept(type, id);
            }
            type = null;
            id = -1;
        } else if (keepLine) {
            String text = line.toString();
            if (text.startsWith("event:")) {
                type = text.substring(6).trim();
            } else if (text.startsWith("id:")) {
                id = Integer.parseInt(text.substring(3).trim());
            }
            line.setLength(0);
        }
        lineStart = true;
    }

    @Override
    public void close() {
        connection.dispose();
    }
}
