package io.tilecast.edge;

import io.tilecast.problem.ApiProblem;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a path not spelt the one way its route is ({@code 400 non-canonical-path}), before anything classifies it, so
 * that the limits, the caller filter and routing see the route the request reaches.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class CanonicalPaths implements WebFilter {

    private static final String UNRESERVED_OR_SEPARATOR = "-._~/\\";

    @Override
    public String toString() {
        return "CanonicalPaths";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return flaw(exchange.getRequest().getPath().value())
                .<Mono<Void>>map(flaw -> Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "non-canonical-path",
                        "This server answers paths spelt one way only; this one has " + flaw + ".")))
                .orElseGet(() -> chain.filter(exchange));
    }

    static Optional<String> flaw(String raw) {
        if (!raw.startsWith("/")) {
            return Optional.of("no leading '/'");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return Optional.of("a control, space or non-ASCII character");
            }
            if (c == ';') {
                return Optional.of("a ';' parameter");
            }
            if (c == '\\') {
                return Optional.of("a '\\'");
            }
            if (c == '%') {
                int decoded = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)) : -1;
                if (decoded < 0) {
                    return Optional.of("a '%' that is not followed by two hex digits");
                }
                if (decoded < 0x20 || decoded == 0x7f || Character.isLetterOrDigit(decoded) && decoded < 0x80
                        || UNRESERVED_OR_SEPARATOR.indexOf(decoded) >= 0) {
                    return Optional.of("a percent-encoded letter, digit, separator or control character");
                }
                i += 2;
            }
        }
        if (raw.contains("//")) {
            return Optional.of("an empty segment ('//')");
        }
        if (raw.length() > 1 && raw.endsWith("/")) {
            return Optional.of("a trailing '/'");
        }
        if (("/" + raw + "/").contains("/./") || ("/" + raw + "/").contains("/../")) {
            return Optional.of("a '.' or '..' segment");
        }
        return Optional.empty();
    }

    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        return digit >= 0 ? digit : -0x1000;
    }
}
