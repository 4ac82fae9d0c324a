package io.tilecast.limits;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.problem.ApiProblem;
import io.tilecast.routing.FlyMachine;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** Chat lines and reports per player and per client address, charged by their controllers: {@code 429} past them. */
@Component
public class ChatLimits {

    private final boolean enabled;
    private final boolean onFly;
    private final RateLimit chatByPlayer;
    private final RateLimit chatByAddress;
    private final RateLimit reportsByPlayer;
    private final RateLimit reportsByAddress;

    ChatLimits(LimitSettings limits, ChatLimitSettings settings, FlyMachine machine, Clock clock, MeterRegistry meters) {
        this.enabled = limits.enabled();
        this.onFly = machine.onFly();
        this.chatByPlayer = new RateLimit(Action.CHAT, KeyKind.PLAYER, settings.perPlayer(), limits.maxKeys(), clock,
                meters);
        this.chatByAddress = new RateLimit(Action.CHAT, KeyKind.ADDRESS, settings.perAddress(), limits.maxKeys(), clock,
                meters);
        this.reportsByPlayer = new RateLimit(Action.REPORT, KeyKind.PLAYER, settings.reportsPerPlayer(),
                limits.maxKeys(), clock, meters);
        this.reportsByAddress = new RateLimit(Action.REPORT, KeyKind.ADDRESS, settings.reportsPerAddress(),
                limits.maxKeys(), clock, meters);
    }

    /** Counts one chat line by the player and from their address. */
    public void chargeChat(String playerId, ServerWebExchange exchange) {
        charge(chatByAddress, chatByPlayer, playerId, exchange);
    }

    /** Counts one report by the player and from their address. */
    public void chargeReport(String playerId, ServerWebExchange exchange) {
        charge(reportsByAddress, reportsByPlayer, playerId, exchange);
    }

    private void charge(RateLimit byAddress, RateLimit byPlayer, String playerId, ServerWebExchange exchange) {
        if (!enabled) {
            return;
        }
        Optional<Refusal> refused = Limit.takeBoth(byAddress, ClientAddress.of(exchange.getRequest(), onFly), byPlayer,
                playerId);
        if (refused.isPresent()) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                    Long.toString(refused.get().retryAfterSeconds()));
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", refused.get().detail());
        }
    }
}
