package io.tilecast.edge;

import io.tilecast.routing.FlyMachine;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The headers every answer carries, refusals and errors included: the process that answered ({@code
 * Tilecast-Served-By}), no sniffing, no referrer beyond this origin, a content policy that runs only this server's own
 * scripts and forbids framing, and HSTS over TLS.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ResponseHeaders implements WebFilter {

    public static final String SERVED_BY = "Tilecast-Served-By";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private final String servedBy;

    ResponseHeaders(FlyMachine machine) {
        this.servedBy = machine.servedBy();
    }

    @Override
    public String toString() {
        return "ResponseHeaders";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(SERVED_BY, servedBy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (overTls(exchange.getRequest())) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return chain.filter(exchange);
    }

    static boolean overTls(ServerHttpRequest request) {
        String forwarded = request.getHeaders().getFirst("X-Forwarded-Proto");
        return forwarded != null ? forwarded.trim().equalsIgnoreCase("https")
                : "https".equalsIgnoreCase(request.getURI().getScheme());
    }
}
