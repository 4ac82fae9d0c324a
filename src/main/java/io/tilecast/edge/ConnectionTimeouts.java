package io.tilecast.edge;

import io.netty.handler.timeout.TimeoutException;
import io.tilecast.problem.ApiProblem;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * How long a client may take to send a request's body: a pause between reads, and the whole body; beyond, {@code 408
 * request-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionTimeouts {

    private static final String REQUEST_TIMEOUT = "reactor.netty.http.server.RequestTimeoutException";

    @Bean
    NettyServerCustomizer requestReadTimeouts(@Value("${tilecast.http.read-timeout:20s}") Duration read,
                                              @Value("${tilecast.http.request-timeout:60s}") Duration request) {
        return server -> server.readTimeout(read).requestTimeout(request);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 3)
    WebFilter slowBodiesTimeOut() {
        return new SlowBodiesTimeOut();
    }

    private static final class SlowBodiesTimeOut implements WebFilter {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return chain.filter(exchange).onErrorMap(
                    error -> error instanceof TimeoutException || error.getClass().getName().equals(REQUEST_TIMEOUT),
                    error -> new ApiProblem(HttpStatus.REQUEST_TIMEOUT, "request-timeout",
                            "The request's body came too slowly; send it again at once."));
        }

        @Override
        public String toString() {
            return "SlowBodiesTimeOut";
        }
    }
}
