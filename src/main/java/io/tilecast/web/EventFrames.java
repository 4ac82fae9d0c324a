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

    private final JsonMapper json;

    EventFrames(JsonMapper json) {
        this.json = json;
    }

    byte[] of(Delivery delivery) {
        return delivery == Delivery.HEARTBEAT ? PING : delivery.written(this::frame);
    }

    private byte[] frame(Delivery delivery) {
        String data = String.join("\ndata:", LINE_BREAK.split(json.writeValueAsString(delivery.data())));
        String id = delivery.versioned() ? "id:" + delivery.version() + "\n" : "";
        return (id + "event:" + delivery.type() + "\ndata:" + data + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
