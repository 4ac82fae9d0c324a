package io.tilecast.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.tilecast.play.Delivery;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * How each delivery looks on the wire, made once per delivery and shared by every stream it goes to:
 * an SSE frame with the version as its id, the type as its event name, the data as JSON; held as one
 * complete HTTP/1.1 chunk, ready to write on a connection as it is.
 */
final class EventFrames {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final byte[] CRLF = {'\r', '\n'};

    private final JsonMapper json;

    EventFrames(JsonMapper json) {
        this.json = json;
    }

    Frame of(Delivery delivery) {
        return delivery.written(this::frame);
    }

    /**
     * The frame on the heap, with the delivery, for as long as the game keeps the delivery for
     * resuming clients; the socket copies each write into a pooled direct buffer of its own. (Held in
     * direct memory instead, frames of long-lived games would be freed only by an old-generation
     * collection, outside the heap the machine's memory is sized for.) The buffer cannot be released:
     * every write takes a view of it.
     */
    private Frame frame(Delivery delivery) {
        byte[] text = text(delivery);
        byte[] size = (Integer.toHexString(text.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[size.length + text.length + CRLF.length];
        System.arraycopy(size, 0, chunk, 0, size.length);
        System.arraycopy(text, 0, chunk, size.length, text.length);
        System.arraycopy(CRLF, 0, chunk, size.length + text.length, CRLF.length);
        return new Frame(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(chunk)), size.length, text.length);
    }

    /** One line of data unless the mapper indents, and then one {@code data:} line for each of its lines. */
    private byte[] text(Delivery delivery) {
        String data = String.join("\ndata:", LINE_BREAK.split(json.writeValueAsString(delivery.data())));
        return ("id:" + delivery.version() + "\nevent:" + delivery.type() + "\ndata:" + data + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One delivery's frame, inside its HTTP chunk: the chunk's size line, the frame, a line break. */
    record Frame(ByteBuf chunk, int textStart, int textLength) {

        /** The whole chunk, for a connection written beneath its HTTP encoder; a view of its own each call. */
        ByteBuf asChunk() {
            return chunk.duplicate();
        }

        /** The SSE frame alone, for a response whose server does its own chunking. */
        ByteBuffer text() {
            return chunk.nioBuffer(textStart, textLength);
        }
    }
}
