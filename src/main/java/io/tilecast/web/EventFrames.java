package io.tilecast.web;

import io.tilecast.play.host.Delivery;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * How each delivery looks on the wire, made once per delivery and shared by every stream it goes to: an SSE frame with
 * the version as its id, the type as its event name, the data as JSON; the heartbeat is a {@code : ping} comment.
 */
final class EventFrames {

    static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final JsonMapper json;

    EventFrames(JsonMapper json) {
        this.json = json;
    }

    byte[] of(Delivery delivery) {
        return delivery == Delivery.HEARTBEAT ? PING : delivery.written(this::frame);
    }

    private byte[] frame(Delivery delivery) {
        String id = delivery.versioned() ? "id:" + delivery.version() + "\n" : "";
        byte[] head = (id + "event:" + delivery.type() + "\ndata:").getBytes(StandardCharsets.UTF_8);
        byte[] data = json.writeValueAsBytes(delivery.data());
        if (breaksLine(data)) { // only an indenting mapper writes line breaks: each line then needs its own "data:"
            String lines = String.join("\ndata:", LINE_BREAK.split(new String(data, StandardCharsets.UTF_8)));
            data = lines.getBytes(StandardCharsets.UTF_8);
        }
        byte[] frame = new byte[head.length + data.length + END.length];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(data, 0, frame, head.length, data.length);
        System.arraycopy(END, 0, frame, head.length + data.length, END.length);
        return frame;
    }

    private static boolean breaksLine(byte[] data) {
        for (byte b : data) {
            if (b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }
}
