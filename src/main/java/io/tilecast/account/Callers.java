package io.tilecast.account;

import io.tilecast.problem.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where the caller of a request is found: resolved once per request from its token by {@link CallerFilter} and kept as
 * an exchange attribute.
 */
public final class Callers {

    static final String ATTRIBUTE = Callers.class.getName() + ".caller";

    private Callers() {
    }

    /** The caller of this request; {@link Caller.Anonymous} when it carried no token. */
    public static Caller of(ServerWebExchange exchange) {
        Caller caller = exchange.getAttribute(ATTRIBUTE);
        return caller != null ? caller : new Caller.Anonymous();
    }

    /** The caller as a player, for requests that change something: an anonymous caller gets 401. */
    public static Caller.Player requirePlayer(Caller caller) {
        return switch (caller) {
            case Caller.Player player -> player;
            case Caller.Anonymous anonymous -> throw new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "This request needs a player: send the token from POST /api/players as a Bearer token or cookie.");
        };
    }
}
