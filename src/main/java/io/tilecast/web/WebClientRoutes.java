package io.tilecast.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The web client's pages. */
@Configuration(proxyBeanMethods = false)
class WebClientRoutes {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Bean
    RouterFunction<ServerResponse> webClientPages(@Value("classpath:/static/index.html") Resource lobby,
                                                  @Value("classpath:/static/game.html") Resource game,
                                                  @Value("classpath:/static/openapi.yaml") Resource openApi,
                                                  @Value("classpath:/static/profile.html") Resource profile) {
        return route(GET("/"), request -> page(lobby))
                .andRoute(GET("/games/{id}"), request -> page(game))
                .andRoute(GET("/openapi.yaml"), request -> ServerResponse.ok()
                        .contentType(YAML)
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(openApi))
                .andRoute(GET("/players/{id}"), request -> page(profile));
    }

    private static reactor.core.publisher.Mono<ServerResponse> page(Resource html) {
        return ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(html);
    }
}
