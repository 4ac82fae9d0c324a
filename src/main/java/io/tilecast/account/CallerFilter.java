package io.tilecast.account;

import io.tilecast.problem.ApiProblem;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Decides who is calling before any controller runs: a player when the request carries a valid token ({@code
 * Authorization: Bearer}, else the cookie), anonymous when it carries none.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class CallerFilter implements WebFilter {

    private static final String BEARER = "Bearer ";
    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    private static final PathPattern SESSION = PathPatternParser.defaultInstance.parse("/api/session");

    private final PlayerTokens tokens;

    CallerFilter(PlayerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String toString() {
        return "CallerFilter";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!API.matches(request.getPath().pathWithinApplication())) {
            // Health checks, metrics and the web client's files do not care who asks: no token is checked.
            exchange.getAttributes().put(Callers.ATTRIBUTE, new Caller.Anonymous());
            return chain.filter(exchange);
        }
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        HttpCookie cookie = TokenCookie.find(request);
        Optional<Caller.Player> player;
        if (authorization != null) {
            player = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? tokens.verify(authorization.substring(BEARER.length()).trim())
                    : Optional.empty();
        } else if (cookie != null) {
            player = tokens.verify(cookie.getValue());
        } else {
            exchange.getAttributes().put(Callers.ATTRIBUTE, new Caller.Anonymous());
            return chain.filter(exchange);
        }
        if (player.isPresent()) {
            exchange.getAttributes().put(Callers.ATTRIBUTE, player.get());
            return chain.filter(exchange);
        }
        var headers = exchange.getResponse().getHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        if (authorization == null) {
            // Otherwise the browser would send the dead cookie forever: scripts cannot remove an HttpOnly cookie.
            exchange.getResponse().addCookie(TokenCookie.cleared(request));
        }
        if (request.getMethod() == HttpMethod.GET && SESSION.matches(request.getPath().pathWithinApplication())) {
            // "Who am I" is a question, not a write: a dead token makes a visitor here, not a refusal.
            exchange.getAttributes().put(Callers.ATTRIBUTE, new Caller.Anonymous());
            return chain.filter(exchange);
        }
        return Mono.error(new ApiProblem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "The token is malformed, not signed by this server, expired or revoked (signed out, or the password"
                + " changed); sign in again with POST /api/session, or register with POST /api/players."));
    }
}
