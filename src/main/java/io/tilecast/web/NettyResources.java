package io.tilecast.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * The web server's own event loops and connection pool, rather than Reactor Netty's global ones: closing one
 * application context (a test's, or a server restarted in the same JVM) must not dispose the loops another context or
 * an HTTP client in the same JVM is using.
 */
@Configuration(proxyBeanMethods = false)
class NettyResources {

    @Bean
    ReactorResourceFactory reactorResourceFactory(
            @Value("${spring.reactor.netty.shutdown-quiet-period:100ms}") Duration quietPeriod) {
        ReactorResourceFactory resources = new ReactorResourceFactory();
        resources.setUseGlobalResources(false);
        resources.setShutdownQuietPeriod(quietPeriod);
        return resources;
    }
}
