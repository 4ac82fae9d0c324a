package io.tilecast.web;

import io.netty.channel.Channel;
import io.tilecast.account.Caller;
import io.tilecast.play.ArchivedGames;
import io.tilecast.play.GameHost;
import io.tilecast.play.HostedGames;
import io.tilecast.play.PlayerRef;
import io.tilecast.play.PlaySettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import tools.jackson.databind.json.JsonMapper;

/**
 * A game's live events over Server-Sent Events (API.md "Live events"), from its host: a snapshot
 * or the missed events, then every change as this caller may see it, with a ping comment while idle.
 *
 * <p>Each event is written out as an SSE frame once per view and the same bytes go to every stream
 * shown that view. On a plain HTTP/1.1 connection the host writes them straight onto it through a
 * {@link ConnectionOutlet}, so a thousand watchers cost a thousand socket writes and little else;
 * otherwise they go through WebFlux as a {@code Flux} of buffers.
 */
@RestController
class GameEventsController {

    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final MediaType EVENT_STREAM = new MediaType(MediaType.TEXT_EVENT_STREAM, StandardCharsets.UTF_8);

    private final HostedGames games;
    private final ArchivedGames archive;
    private final PlaySettings settings;
    private final EventFrames frames;
    /** Deliveries that may wait on a connection: room for the longest backlog, then the watcher's buffer. */
    private final int waitingLimit;

    GameEventsController(HostedGames games, ArchivedGames archive, PlaySettings settings, JsonMapper json) {
        this.games = games;
        this.archive = archive;
        this.settings = settings;
        this.frames = new EventFrames(json);
        this.waitingLimit = settings.resumeBuffer() + settings.watcherBuffer();
    }

    @GetMapping(path = "/api/games/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<DataBuffer> events(@PathVariable String id, Caller caller,
                            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventHeader,
                            @RequestParam(name = "lastEventId", required = false) String lastEventParam,
                            ServerHttpRequest request, ServerHttpResponse response) {
        OptionalInt lastEventId = lastEventId(lastEventHeader != null ? lastEventHeader : lastEventParam);
        DataBufferFactory buffers = response.bufferFactory();
        // The heartbeat starts once the game is found, so an unknown game is still a plain 404.
        return source(id)
                .flatMapMany(host -> {
                    if (host.seenToTheEnd(lastEventId)) {
                        response.setStatusCode(HttpStatus.NO_CONTENT);
                        return Flux.empty();
                    }
                    response.getHeaders().setContentType(EVENT_STREAM);
                    PlayerRef viewer = GameReads.viewer(caller);
                    Channel channel = channel(request);
                    Optional<ConnectionOutlet> outlet = channel == null ? Optional.empty()
                            : ConnectionOutlet.of(channel, frames, waitingLimit);
                    return outlet.map(line -> throughOutlet(host.events(viewer, lastEventId, line), line, buffers))
                            .orElseGet(() -> withHeartbeat(host.events(viewer, lastEventId, writer(channel))
                                    .map(delivery -> buffers.wrap(frames.of(delivery).text())),
                                    Duration.ZERO, buffers));
                });
    }

    /**
     * Where a stream's events come from: the host in memory; else, for a finished game, the game read
     * back from the local database, which claims nothing; else the host this process recovers by
     * claiming the game's lease.
     */
    private Mono<GameHost> source(String id) {
        return games.hosted(id).map(Mono::just).orElseGet(() -> archive.findFinished(id)
                .switchIfEmpty(Mono.defer(() -> GameReads.hostOrNotFound(games, id))));
    }

    /**
     * The body of a stream written through its outlet: the first ping, which sends the headers and
     * opens the outlet, then only pings until the stream ends.
     */
    private Flux<DataBuffer> throughOutlet(Mono<Void> stream, ConnectionOutlet outlet, DataBufferFactory buffers) {
        return Flux.concat(Mono.just(outlet.openingPing(PING)),
                withHeartbeat(stream.thenMany(Flux.empty()), settings.heartbeat(), buffers));
    }

    /**
     * Pings go out only while the events flow, and end with them (else shutdown would wait on them).
     * The first goes out at once when the stream has no other opening: it sends the response
     * headers, so a browser that resumed with nothing to catch up on knows at once that its stream is
     * open (else it waits a whole period).
     */
    private Flux<DataBuffer> withHeartbeat(Flux<DataBuffer> events, Duration firstPing, DataBufferFactory buffers) {
        Sinks.Empty<Void> ended = Sinks.empty();
        Flux<DataBuffer> pings = Flux.interval(firstPing, settings.heartbeat())
                .onBackpressureDrop()
                .map(tick -> buffers.wrap(PING))
                .takeUntilOther(ended.asMono());
        return Flux.merge(events.doFinally(signal -> ended.tryEmitEmpty()), pings);
    }

    /** The stream's connection, or null when the server is not Reactor Netty. */
    private static Channel channel(ServerHttpRequest request) {
        try {
            return ServerHttpRequestDecorator.getNativeRequest(request) instanceof Connection connection
                    ? connection.channel()
                    : null;
        } catch (IllegalArgumentException notNetty) {
            return null;
        }
    }

    /**
     * The event loop of the stream's connection: events handed over there are written at once, in
     * one task for all its streams, instead of one hop between threads for each stream. Without one,
     * they are handed over on the game's own line.
     */
    private static Executor writer(Channel channel) {
        return channel != null ? channel.eventLoop() : null;
    }

    /** A malformed id is treated as none: the client gets a snapshot, which is always correct. */
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
