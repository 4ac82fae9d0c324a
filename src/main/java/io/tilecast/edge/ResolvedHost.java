package io.tilecast.edge;

import io.tilecast.play.host.GameHost;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/** The host of the game a request names, when the edge found it in memory here: kept on the exchange. */
public final class ResolvedHost {

    private static final String ATTRIBUTE = ResolvedHost.class.getName();

    private ResolvedHost() {
    }

    static void put(ServerWebExchange exchange, GameHost host) {
        exchange.getAttributes().put(ATTRIBUTE, host);
    }

    /** The host the edge found for game {@code id}; empty when it found none and the caller looks it up. */
    public static Optional<GameHost> of(ServerWebExchange exchange, String id) {
        return Optional.ofNullable(exchange.<GameHost>getAttribute(ATTRIBUTE)).filter(host -> host.id().equals(id));
    }
}
