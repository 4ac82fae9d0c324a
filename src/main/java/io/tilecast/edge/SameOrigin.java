package io.tilecast.edge;

import io.tilecast.account.TokenCookie;
import io.tilecast.problem.ApiProblem;
import java.net.URI;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a write authenticated by the token cookie (not a bearer header) whose {@code Origin} is another site's:
 * {@code 403 cross-origin}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
public class SameOrigin implements WebFilter {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
            HttpMethod.PATCH);

    @Override
    public String toString() {
        return "SameOrigin";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String origin = request.getHeaders().getOrigin();
        boolean byCookie = !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                && TokenCookie.find(request) != null;
        if (origin == null || !byCookie || !WRITES.contains(request.getMethod()) || ours(origin, request)) {
            return chain.filter(exchange);
        }
        return Mono.error(new ApiProblem(HttpStatus.FORBIDDEN, "cross-origin",
                "A write signed in by cookie must come from this site's own pages, not from " + origin + "."));
    }

    static boolean ours(String origin, ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        String host = first(headers.getFirst("X-Forwarded-Host"));
        if (host == null) {
            host = first(headers.getFirst(HttpHeaders.HOST));
        }
        String scheme = ResponseHeaders.overTls(request) ? "https" : "http";
        try {
            URI asked = URI.create(origin);
            URI self = URI.create(scheme + "://" + host);
            return host != null && scheme.equalsIgnoreCase(asked.getScheme()) && asked.getHost() != null
                    && asked.getHost().equalsIgnoreCase(self.getHost()) && port(asked) == port(self);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static String first(String listed) {
        return listed == null ? null : listed.split(",", 2)[0].trim();
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
