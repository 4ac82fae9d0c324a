package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.play.Delivery;
import io.tilecast.play.HostedGames;
import io.tilecast.play.PlaySettings;
import java.time.Duration;
import java.util.OptionalInt;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * A game's live events over Server-Sent Events (API.md "Live events"), from its host: a snapshot
 * or the missed events, then every change as this caller may see it, with a ping comment while idle.
 */
@RestController
class GameEventsController {

    private static final ServerSentEvent<Object> PING = ServerSentEvent.builder().comment("ping").build();

    private final HostedGames games;
    private final PlaySettings settings;
    private final JsonMapper json;

    GameEventsController(HostedGames games, PlaySettings settings, JsonMapper json) {
        this.games = games;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping(path = "/api/games/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> events(@PathVariable String id, Caller caller,
                                         @RequestHeader(name = "Last-Event-ID", required = false) String lastEventHeader,
                                         @RequestParam(name = "lastEventId", required = false) String lastEventParam) {
        OptionalInt lastEventId = lastEventId(lastEventHeader != null ? lastEventHeader : lastEventParam);
        // The heartbeat starts once the game is found, so an unknown game is still a plain 404.
        return games.host(id)
                .switchIfEmpty(Mono.error(() -> GameReads.notFound(id)))
                .flatMapMany(host -> withHeartbeat(host.events(GameReads.viewer(caller), lastEventId)
                        .map(this::event)));
    }

    /**
     * Pings go out only while the events flow, and end with them (else shutdown would wait on them).
     * The first goes out at once: it sends the response headers, so a browser that resumed with
     * nothing to catch up on knows at once that its stream is open (else it waits a whole period).
     */
    private Flux<ServerSentEvent<Object>> withHeartbeat(Flux<ServerSentEvent<Object>> events) {
        Sinks.Empty<Void> ended = Sinks.empty();
        Flux<ServerSentEvent<Object>> pings = Flux.interval(Duration.ZERO, settings.heartbeat())
                .onBackpressureDrop()
                .map(tick -> PING)
                .takeUntilOther(ended.asMono());
        return Flux.merge(events.doFinally(signal -> ended.tryEmitEmpty()), pings);
    }

    /** The data as JSON text, written once per event for all the streams shown the same data. */
    private ServerSentEvent<Object> event(Delivery delivery) {
        return ServerSentEvent.<Object>builder(delivery.rendered(json::writeValueAsString))
                .event(delivery.type())
                .id(Integer.toString(delivery.version()))
                .build();
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
