package io.tilecast.limits;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.account.Caller;
import io.tilecast.account.Callers;
import io.tilecast.problem.ApiProblem;
import io.tilecast.routing.FlyMachine;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses requests over their limits with {@code 429 rate-limited} and {@code Retry-After}, after the caller filter and
 * before the replay filter, so a command to a made-up game is counted before any query.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class LimitFilter implements WebFilter {

    private final boolean enabled;
    private final boolean onFly;
    private final RateLimits limits;

    LimitFilter(LimitSettings settings, FlyMachine machine, Clock clock, MeterRegistry meters) {
        this.enabled = settings.enabled();
        this.onFly = machine.onFly();
        this.limits = new RateLimits(settings, clock, meters);
    }

    @Override
    public String toString() {
        return "LimitFilter";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Action action = enabled ? Action.of(exchange.getRequest()) : null;
        if (action == null) {
            return chain.filter(exchange);
        }
        String address = ClientAddress.of(exchange.getRequest(), onFly);
        // A registration makes a new player, a sign-in names one: whoever sent it, only its address counts.
        String player = action != Action.REGISTER && action != Action.SIGN_IN
                && Callers.of(exchange) instanceof Caller.Player caller
                ? caller.id() : null;
        Optional<Refusal> refused = limits.charge(action, player, address);
        if (refused.isEmpty() && action == Action.STREAM) {
            refused = limits.openStream(player, address);
            if (refused.isEmpty()) {
                return chain.filter(exchange).doFinally(ended -> limits.closeStream(player, address));
            }
        }
        return refused.isEmpty() ? chain.filter(exchange) : refuse(exchange, refused.get());
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, Refusal refusal) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        return Mono.error(new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", refusal.detail()));
    }
}
