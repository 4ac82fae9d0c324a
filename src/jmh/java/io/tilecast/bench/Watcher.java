package io.tilecast.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * One subscriber to a stream of Server-Sent Events (a game's live events, the live lobby, or a peer's
 * channel): an HTTP/1.1 {@code GET} on a connection of its own,
 * whose answer it reads as it arrives, reporting each event's type and id (the game version) on
 * its connection's event-loop thread.
 *
 * <p>A thousand of these share the server's two cores, so each costs no more than it must, as
 * little as a browser on another machine would cost the server's machine: no HTTP decoder, no
 * reactive pipeline. It scans the bytes where they arrived for line ends and keeps only the short
 * {@code id:} and {@code event:} lines, skipping over the data. The status line, the headers and
 * the chunk-size lines of the chunked body are lines that are neither, and are skipped too; each
 * SSE frame is one chunk, so no chunk-size line falls inside a frame.
 */
final class Watcher implements AutoCloseable {

    private static final List<String> EVENT_TYPES =
            List.of("snapshot", "created", "joined", "started", "moved", "ended", "reconnect", "game", "gone");

    /** Reported once, when the answer's first bytes arrive: the server has taken the subscription. */
    static final String OPENED = "opened";
    /** Reported once the connection has closed, or could not be made. */
    static final String CLOSED = "closed";

    private final StringBuilder line = new StringBuilder();
    private final ObjIntConsumer<String> events;
    private final Channel channel;
    private boolean lineStart = true;
    private boolean keepLine;
    private boolean emptyLine;
    private boolean opened;
    private String type;
    private int id = -1;

    Watcher(Bootstrap bootstrap, String host, String path, String token, ObjIntConsumer<String> events) {
        this.events = events;
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "Accept: text/event-stream\r\n"
                + (token != null ? "Authorization: Bearer " + token + "\r\n" : "")
                + "\r\n";
        this.channel = bootstrap.clone().handler(new Reader(request)).connect()
                .addListener(connected -> {
                    if (!connected.isSuccess()) {
                        events.accept(CLOSED, -1);
                    }
                })
                .channel();
    }

    private final class Reader extends ChannelInboundHandlerAdapter {
        private final String request;

        Reader(String request) {
            this.request = request;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ctx.writeAndFlush(Unpooled.copiedBuffer(request, StandardCharsets.US_ASCII));
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf bytes = (ByteBuf) msg;
            try {
                received(bytes);
            } finally {
                bytes.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            events.accept(CLOSED, -1);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private void received(ByteBuf bytes) {
        if (!opened) {
            opened = true;
            events.accept(OPENED, -1);
        }
        int at = bytes.readerIndex();
        int end = bytes.writerIndex();
        while (at < end) {
            if (lineStart) {
                byte first = bytes.getByte(at);
                lineStart = false;
                emptyLine = first == '\n';
                keepLine = first == 'i' || first == 'e';
            }
            int lf = bytes.indexOf(at, end, (byte) '\n');
            int stop = lf < 0 ? end : lf;
            if (keepLine) {
                for (int i = at; i < stop; i++) {
                    line.append((char) bytes.getByte(i));
                }
            }
            if (lf < 0) {
                return;
            }
            lineEnded();
            at = lf + 1;
        }
    }

    /** A blank line ends an event; an {@code id:} or {@code event:} line names it. */
    private void lineEnded() {
        if (emptyLine) {
            if (type != null) {
                events.accept(type, id);
            }
            type = null;
            id = -1;
        } else if (keepLine) {
            if (startsWith("event:")) {
                type = eventType(6);
            } else if (startsWith("id:")) {
                id = number(3);
            }
            line.setLength(0);
        }
        lineStart = true;
    }

    private boolean startsWith(String prefix) {
        return line.length() >= prefix.length() && line.lastIndexOf(prefix, 0) == 0;
    }

    /** The event's type from the line's end, one of the API's types when it is one (no new string). */
    private String eventType(int from) {
        int start = skipSpaces(from);
        for (String known : EVENT_TYPES) {
            if (line.length() - start == known.length() && line.indexOf(known, start) == start) {
                return known;
            }
        }
        return line.substring(start);
    }

    private int number(int from) {
        int value = 0;
        for (int i = skipSpaces(from); i < line.length() && Character.isDigit(line.charAt(i)); i++) {
            value = value * 10 + line.charAt(i) - '0';
        }
        return value;
    }

    private int skipSpaces(int from) {
        int at = from;
        while (at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    @Override
    public void close() {
        channel.close();
    }
}
