package io.tilecast.edge;

import io.tilecast.routing.FlyMachine;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Names the answering process on every response ({@code Tilecast-Served-By: region/machine}). First
 * of all filters, so that refusals, errors and actuator responses carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ServedByFilter implements WebFilter {

    public static final String HEADER = "Tilecast-Served-By";

    private final String servedBy;

    ServedByFilter(FlyMachine machine) {
        this.servedBy = machine.servedBy();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().getHeaders().set(HEADER, servedBy);
        return chain.filter(exchange);
    }
}
