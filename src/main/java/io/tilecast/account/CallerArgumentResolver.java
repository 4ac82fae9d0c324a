package io.tilecast.account;

import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Lets a controller method declare who is calling: a {@link Caller} parameter receives the player or {@link
 * Caller.Anonymous}; a {@link Caller.Player} parameter makes the route refuse anonymous callers with {@code 401
 * unauthenticated}.
 */
public final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Caller.class || type == Caller.Player.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> {
            Caller caller = Callers.of(exchange);
            return parameter.getParameterType() == Caller.Player.class ? Callers.requirePlayer(caller) : caller;
        });
    }
}
