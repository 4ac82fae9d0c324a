package io.tilecast.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.problem.ApiProblem;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Sends a request to the process that must serve it before any controller runs: game commands
 * and live streams to the game's host, other writes to the primary region. Fly's proxy does the
 * sending: this answers {@code 307} with a {@code fly-replay} header and an empty body. A request
 * that fly already replayed once is never replayed again, so a stale location cannot bounce it
 * around: it gets {@code 503 host-unavailable}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ReplayFilter implements WebFilter {

    public static final String REPLAY = "fly-replay";
    public static final String REPLAY_SOURCE = "fly-replay-src";

    /** Why a request was replayed (or refused), as the {@code reason} tag of {@code tilecast.replays}. */
    public enum Reason {
        OTHER_REGION("other-region"), OTHER_MACHINE("other-machine"), CREATOR("creator"),
        PRIMARY_REGION("primary-region"),
        HOST_UNAVAILABLE("host-unavailable");

        final String tag;

        Reason(String tag) {
            this.tag = tag;
        }
    }

    private final FlyMachine machine;
    private final ObjectProvider<GameLocator> locators;
    private final GameLocator fallback;
    private volatile GameLocator locator;
    private final Map<Reason, Counter> replays = new EnumMap<>(Reason.class);

    ReplayFilter(FlyMachine machine, ObjectProvider<GameLocator> locators, MeterRegistry meters) {
        this.machine = machine;
        this.locators = locators;
        this.fallback = new RegionFromGameId(machine);
        for (Reason reason : Reason.values()) {
            replays.put(reason, Counter.builder("tilecast.replays")
                    .description("Requests answered with fly-replay, or refused after one replay, by reason")
                    .tag("reason", reason.tag)
                    .register(meters));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return switch (Destination.of(exchange.getRequest())) {
            case Destination.GameHost host -> locator().locate(host.gameId())
                    .defaultIfEmpty(new GameLocation.Unknown())
                    .flatMap(location -> switch (location) {
                        case GameLocation.Here here -> chain.filter(exchange);
                        case GameLocation.Unknown unknown -> chain.filter(exchange);
                        case GameLocation.OtherRegion other ->
                                replay(exchange, "region=" + other.region(), Reason.OTHER_REGION);
                        case GameLocation.OtherMachine other ->
                                replay(exchange, "instance=" + other.machineId(), Reason.OTHER_MACHINE);
                        // fly falls back to another machine when the creator is gone: that one serves it.
                        case GameLocation.Creator creator -> replayed(exchange)
                                ? chain.filter(exchange)
                                : replay(exchange, "prefer_instance=" + creator.machineId(), Reason.CREATOR);
                    });
            case Destination.Primary primary -> machine.inPrimaryRegion()
                    ? chain.filter(exchange)
                    : replay(exchange, "region=" + machine.primaryRegion(), Reason.PRIMARY_REGION);
            case Destination.Anywhere anywhere -> chain.filter(exchange);
        };
    }

    /** Looked up once, on the first request (not while the filter is built), then kept. */
    private GameLocator locator() {
        GameLocator found = locator;
        if (found == null) {
            found = locators.getIfAvailable(() -> fallback);
            locator = found;
        }
        return found;
    }

    private static boolean replayed(ServerWebExchange exchange) {
        return replayed(exchange.getRequest());
    }

    private static boolean replayed(ServerHttpRequest request) {
        return request.getHeaders().containsHeader(REPLAY_SOURCE);
    }

    /**
     * For a read this process cannot answer but {@code target} may (a row its database does not have
     * yet): {@code 307} with {@code fly-replay}, counted under {@code reason}; empty when fly already
     * replayed the request once, and the caller answers it here.
     */
    public <T> Optional<ResponseEntity<T>> replayRead(ServerHttpRequest request, String target, Reason reason) {
        if (replayed(request)) {
            return Optional.empty();
        }
        replays.get(reason).increment();
        return Optional.of(ResponseEntity.<T>status(HttpStatus.TEMPORARY_REDIRECT).header(REPLAY, target).build());
    }

    private Mono<Void> replay(ServerWebExchange exchange, String target, Reason reason) {
        ServerHttpRequest request = exchange.getRequest();
        ServerHttpResponse response = exchange.getResponse();
        if (replayed(exchange)) {
            replays.get(Reason.HOST_UNAVAILABLE).increment();
            response.getHeaders().set("Retry-After", "1");
            return Mono.error(new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "host-unavailable",
                    "This request was replayed here but must be served at " + target
                            + "; it is not replayed twice. Retry shortly."));
        }
        replays.get(reason).increment();
        response.setStatusCode(HttpStatus.TEMPORARY_REDIRECT);
        response.getHeaders().set(REPLAY, target);
        return response.setComplete();
    }
}
