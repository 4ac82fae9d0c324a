package io.tilecast.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

/**
 * Gives each test context's WebTestClient the event loops and connection pool of that context
 * (the ones its server uses), instead of Reactor Netty's global ones, which every context and
 * test client in the JVM would otherwise share long after their servers have gone.
 */
@TestConfiguration(proxyBeanMethods = false)
class ContextHttpClient {

    @Bean
    WebTestClientBuilderCustomizer contextHttpClient(ReactorResourceFactory resources) {
        return builder -> builder.clientConnector(new ReactorClientHttpConnector(resources, client -> client));
    }
}
