package io.tilecast.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.play.hosting.LeaseLocator;
import io.tilecast.problem.ApiProblem;
import io.tilecast.routing.FlyMachine;
import io.tilecast.routing.GameLocation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
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
 * Sends a request to the process that must serve it ({@code 307} with {@code fly-replay}), or, for a game hosted here,
 * leaves the host on the exchange ({@link ResolvedHost}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
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
    private final HostedGames games;
    private final LeaseLocator locator;
    private final Map<Reason, Counter> replays = new EnumMap<>(Reason.class);

    ReplayFilter(FlyMachine machine, HostedGames games, LeaseLocator locator, MeterRegistry meters) {
        this.machine = machine;
        this.games = games;
        this.locator = locator;
        for (Reason reason : Reason.values()) {
            replays.put(reason, Counter.builder("tilecast.replays")
                    .description("Requests answered with fly-replay, or refused after one replay, by reason")
                    .tag("reason", reason.tag)
                    .register(meters));
        }
    }

    @Override
    public String toString() {
        return "ReplayFilter";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return switch (Destination.of(exchange.getRequest())) {
            case Destination.Host host -> toHost(exchange, chain, host.gameId());
            case Destination.Primary primary -> machine.inPrimaryRegion()
                    ? chain.filter(exchange)
                    : replay(exchange, "region=" + machine.primaryRegion(), Reason.PRIMARY_REGION);
            case Destination.Anywhere anywhere -> chain.filter(exchange);
        };
    }

    private Mono<Void> toHost(ServerWebExchange exchange, WebFilterChain chain, String gameId) {
        var hosted = games.hosted(gameId);
        if (hosted.isPresent()) {
            ResolvedHost.put(exchange, hosted.get());
            return chain.filter(exchange);
        }
        return locator.locate(gameId)
                .defaultIfEmpty(new GameLocation.Unknown())
                .flatMap(location -> switch (location) {
                    case GameLocation.Here here -> chain.filter(exchange);
                    case GameLocation.Unknown unknown -> chain.filter(exchange);
                    case GameLocation.OtherRegion other ->
                            replay(exchange, "region=" + other.region(), Reason.OTHER_REGION);
                    case GameLocation.OtherMachine other ->
                            replay(exchange, "instance=" + other.machineId(), Reason.OTHER_MACHINE);
                    // fly falls back to another machine when the creator is gone: that one serves it.
                    case GameLocation.Creator creator -> replayed(exchange.getRequest())
                            ? chain.filter(exchange)
                            : replay(exchange, "prefer_instance=" + creator.machineId(), Reason.CREATOR);
                });
    }

    private static boolean replayed(ServerHttpRequest request) {
        return request.getHeaders().containsHeader(REPLAY_SOURCE);
    }

    /**
     * For a read this process cannot answer but {@code target} may: {@code 307} with {@code fly-replay}, counted under
     * {@code reason}; empty when fly already replayed the request once.
     */
    public <T> Optional<ResponseEntity<T>> replayRead(ServerHttpRequest request, String target, Reason reason) {
        if (replayed(request)) {
            return Optional.empty();
        }
        replays.get(reason).increment();
        return Optional.of(ResponseEntity.<T>status(HttpStatus.TEMPORARY_REDIRECT).header(REPLAY, target).build());
    }

    private Mono<Void> replay(ServerWebExchange exchange, String target, Reason reason) {
        ServerHttpResponse response = exchange.getResponse();
        if (replayed(exchange.getRequest())) {
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
