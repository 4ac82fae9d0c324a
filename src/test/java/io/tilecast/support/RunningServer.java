package io.tilecast.support;

import io.tilecast.TilecastApplication;
import io.tilecast.database.DatabaseUrl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A whole Tilecast process started in the test JVM, for tests that stop and start servers: a
 * graceful shutdown, a restart on the same database, a database that goes away underneath.
 */
public final class RunningServer implements AutoCloseable {

    /** Shared by every server a test starts, so that tokens stay valid across a restart. */
    public static final String SECRET = "a-test-secret-that-is-at-least-32-bytes-long";

    private final ConfigurableApplicationContext context;

    private RunningServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a server on a free port against the given database; extra arguments are Spring properties. */
    public static RunningServer start(DatabaseUrl database, String... properties) {
        return start(database, List.of(), properties);
    }

    /** The same, with test configuration classes ({@code @TestConfiguration}) among the application's sources. */
    public static RunningServer start(DatabaseUrl database, List<Class<?>> configuration, String... properties) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--tilecast.database.url=" + database.url(),
                "--tilecast.auth.secret=" + SECRET));
        for (String property : properties) {
            args.add("--" + property);
        }
        List<Class<?>> sources = new ArrayList<>(List.of(TilecastApplication.class));
        sources.addAll(configuration);
        return new RunningServer(new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(args.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public WebTestClient http() {
        // The server's own loops and pool, as ContextHttpClient does for @IntegrationTest.
        var connector = new ReactorClientHttpConnector(context.getBean(ReactorResourceFactory.class), client -> client);
        return WebTestClient.bindToServer(connector).baseUrl("http://localhost:" + port())
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** The operations port: detailed health, metrics, info. */
    public WebTestClient operations() {
        return OperationsClient.of(context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Closes the application context as SIGTERM would, and says how long it took. */
    public Duration stop() {
        long start = System.nanoTime();
        context.close();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }

}
