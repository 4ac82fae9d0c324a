package io.tilecast.support;

import java.time.Duration;
import org.springframework.context.ApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A client of the operations port ({@code management.server.port}) of a server started in this JVM. */
public final class OperationsClient {

    private OperationsClient() {
    }

    public static WebTestClient of(ApplicationContext context) {
        int port = context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
        // The server's own loops and pool, as ContextHttpClient does for the public port.
        var connector = new ReactorClientHttpConnector(context.getBean(ReactorResourceFactory.class), client -> client);
        return WebTestClient.bindToServer(connector).baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
