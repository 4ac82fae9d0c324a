package io.tilecast.ops;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.util.Map;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.ReactiveHealthEndpointWebExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Health on the public port, for fly's checks and anyone who asks: the status of the whole, of liveness and of
 * readiness, with the same HTTP status as the operations port gives, and nothing more.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class PublicHealth {

    @Bean
    RouterFunction<ServerResponse> publicHealthRoutes(ReactiveHealthEndpointWebExtension health) {
        return route(GET("/actuator/health"), request -> status(health))
                .andRoute(GET("/actuator/health/liveness"), request -> status(health, "liveness"))
                .andRoute(GET("/actuator/health/readiness"), request -> status(health, "readiness"));
    }

    private static Mono<ServerResponse> status(ReactiveHealthEndpointWebExtension health, String... group) {
        return health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE, group)
                .flatMap(answer -> ServerResponse.status(answer.getStatus())
                        .contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noStore())
                        .bodyValue(Map.of("status", answer.getBody().getStatus().getCode())));
    }
}
