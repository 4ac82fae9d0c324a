package io.tilecast.web;

import io.netty.channel.Channel;
import io.tilecast.account.Caller;
import io.tilecast.chat.Blocks;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.view.ChatMessage;
import io.tilecast.play.host.StreamLine;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import tools.jackson.databind.json.JsonMapper;

/**
 * A game's live events over Server-Sent Events (API.md "Live events"), from its host: a snapshot or the missed events,
 * then every change as this caller may see it, with the host's heartbeat.
 */
@RestController
class GameEventsController {

    private static final MediaType EVENT_STREAM = new MediaType(MediaType.TEXT_EVENT_STREAM, StandardCharsets.UTF_8);

    private final GameFinder finder;
    private final EventFrames frames;
    private final Blocks blocks;

    GameEventsController(GameFinder finder, JsonMapper json, Blocks blocks) {
        this.finder = finder;
        this.blocks = blocks;
        this.frames = new EventFrames(json);
    }

    @GetMapping(path = "/api/games/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<DataBuffer> events(@PathVariable String id, Caller caller,
                            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventHeader,
                            @RequestParam(name = "lastEventId", required = false) String lastEventParam,
                            ServerHttpRequest request, ServerHttpResponse response, ServerWebExchange exchange) {
        OptionalInt lastEventId = lastEventId(lastEventHeader != null ? lastEventHeader : lastEventParam);
        DataBufferFactory buffers = response.bufferFactory();
        PlayerRef viewer = finder.viewer(caller);
        return finder.toWatch(exchange, id).zipWith(blocks.blockedBy(viewer == null ? null : viewer.id()))
                .flatMapMany(found -> {
                    GameHost host = found.getT1();
                    if (host.seenToTheEnd(lastEventId)) {
                        response.setStatusCode(HttpStatus.NO_CONTENT);
                        return Flux.empty();
                    }
                    response.getHeaders().setContentType(EVENT_STREAM);
                    // A ping first, at once: it sends the response headers, so a browser that resumed with nothing to
                    // catch up on knows at once that its stream is open.
                    return Flux.concat(Mono.fromSupplier(() -> buffers.wrap(EventFrames.PING)),
                            host.events(viewer, lastEventId, line(request))
                                    .filter(delivery -> !(delivery.data() instanceof ChatMessage said
                                            && found.getT2().contains(said.from().id())))
                                    .map(delivery -> buffers.wrap(frames.of(delivery))));
                });
    }

    private static StreamLine line(ServerHttpRequest request) {
        try {
            if (ServerHttpRequestDecorator.getNativeRequest(request) instanceof Connection connection) {
                Channel channel = connection.channel();
                return new StreamLine(channel.eventLoop(), channel::isWritable);
            }
        } catch (IllegalArgumentException notNetty) {
            // not Reactor Netty's request
        }
        return StreamLine.NONE;
    }

    private static OptionalInt lastEventId(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
