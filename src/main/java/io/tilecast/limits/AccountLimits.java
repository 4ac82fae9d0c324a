package io.tilecast.limits;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.account.PlayerName;
import io.tilecast.problem.ApiProblem;
import io.tilecast.routing.FlyMachine;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The limits that need what only the controller knows: sign-ins per account name (from the body), and password changes
 * per player and per address.
 */
@Component
public class AccountLimits {

    private final boolean enabled;
    private final boolean onFly;
    private final RateLimit signInByAccount;
    private final RateLimit passwordByPlayer;
    private final RateLimit passwordByAddress;

    AccountLimits(LimitSettings settings, FlyMachine machine, Clock clock, MeterRegistry meters) {
        this.enabled = settings.enabled();
        this.onFly = machine.onFly();
        this.signInByAccount = new RateLimit(Action.SIGN_IN, KeyKind.ACCOUNT, settings.signInPerAccount(),
                settings.maxKeys(), clock, meters);
        this.passwordByPlayer = new RateLimit(Action.PASSWORD, KeyKind.PLAYER, settings.passwordPerPlayer(),
                settings.maxKeys(), clock, meters);
        this.passwordByAddress = new RateLimit(Action.PASSWORD, KeyKind.ADDRESS, settings.passwordPerAddress(),
                settings.maxKeys(), clock, meters);
    }

    /**
     * Counts a sign-in to the account named {@code name}, folded as names are unique, so that {@code Alice} and {@code
     * AL1CE} share one allowance; {@code 429 rate-limited} past it.
     */
    public void chargeSignIn(String name, ServerWebExchange exchange) {
        if (enabled) {
            String key = name == null ? "" : PlayerName.folded(name.strip().toLowerCase(Locale.ROOT));
            refuseIf(signInByAccount.take(key), exchange);
        }
    }

    /** Counts a password change by the player and from their address; {@code 429 rate-limited} past either. */
    public void chargePasswordChange(String playerId, ServerWebExchange exchange) {
        if (enabled) {
            refuseIf(Limit.takeBoth(passwordByAddress, ClientAddress.of(exchange.getRequest(), onFly), passwordByPlayer,
                    playerId), exchange);
        }
    }

    private static void refuseIf(Optional<Refusal> refused, ServerWebExchange exchange) {
        if (refused.isPresent()) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                    Long.toString(refused.get().retryAfterSeconds()));
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", refused.get().detail());
        }
    }
}
