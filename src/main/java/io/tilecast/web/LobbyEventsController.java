package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.play.host.Delivery;
import io.tilecast.play.host.PlaySettings;
import io.tilecast.play.lobby.LobbyFeed;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live lobby over Server-Sent Events (API.md "Live lobby"), served by the machine that receives the request from
 * its {@link LobbyFeed}: a snapshot, then {@code game} and {@code gone} events, with a ping comment while idle.
 */
@RestController
class LobbyEventsController {

    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);

    private final LobbyFeed feed;
    private final GameFinder finder;
    private final PlaySettings settings;
    private final JsonMapper json;

    LobbyEventsController(LobbyFeed feed, GameFinder finder, PlaySettings settings, JsonMapper json) {
        this.feed = feed;
        this.finder = finder;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping(path = "/api/lobby/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<DataBuffer> events(Caller caller, ServerHttpResponse response) {
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_EVENT_STREAM, StandardCharsets.UTF_8));
        DataBufferFactory buffers = response.bufferFactory();
        Sinks.Empty<Void> ended = Sinks.empty();
        Flux<DataBuffer> events = feed.follow(finder.viewer(caller))
                .map(delivery -> buffers.wrap(delivery.<byte[]>written(this::frame)))
                .doFinally(signal -> ended.tryEmitEmpty());
        Flux<DataBuffer> pings = Flux.interval(settings.heartbeat(), settings.heartbeat())
                .onBackpressureDrop()
                .map(tick -> buffers.wrap(PING))
                .takeUntilOther(ended.asMono());
        return Flux.concat(Flux.just(PING).map(buffers::wrap), Flux.merge(events, pings));
    }

    private byte[] frame(Delivery delivery) {
        return ("event:" + delivery.type() + "\ndata:" + json.writeValueAsString(delivery.data()).replace("\n", "")
                + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
