package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.RunningServer;
import io.tilecast.support.StartedGame;
import io.tilecast.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/**
 * Live events reach a real client however the server is set up and reached: with compression,
 * with Reactor Netty's access log, both at once, over HTTP/2 in clear text and over TLS, and
 * through a proxy that streams the response on. Each time: the stream opens with a ping, then
 * the snapshot, then a move's event.
 */
class LiveEventsEverywhereTest {

    @TempDir
    Path keys;

    /** Reactor Netty's access log, as {@code -Dreactor.netty.http.server.accessLogEnabled=true} switches it on. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AccessLog {
        @Bean
        NettyServerCustomizer accessLog() {
            return server -> server.accessLog(true);
        }
    }

    @Test
    void withCompression() {
        try (RunningServer server = RunningServer.start(TestDatabase.fresh(), compression())) {
            String game = eventsFlow(plain(server).compress(true));
            assertThat(encoding(plain(server), game)).isEqualTo("gzip");
        }
    }

    @Test
    void withTheAccessLog() {
        try (RunningServer server = RunningServer.start(TestDatabase.fresh(), List.of(AccessLog.class))) {
            eventsFlow(plain(server));
        }
    }

    @Test
    void withTheAccessLogAndCompression() {
        try (RunningServer server = RunningServer.start(TestDatabase.fresh(), List.of(AccessLog.class), compression())) {
            String game = eventsFlow(plain(server).compress(true));
            assertThat(encoding(plain(server), game)).isEqualTo("gzip");
        }
    }

    @Test
    void overHttp2InClearText() {
        try (RunningServer server = RunningServer.start(TestDatabase.fresh(), "server.http2.enabled=true")) {
            eventsFlow(plain(server).protocol(HttpProtocol.H2C));
        }
    }

    @Test
    void overHttp2WithTls() throws Exception {
        Path keyStore = selfSignedKeyStore();
        try (RunningServer server = RunningServer.start(TestDatabase.fresh(), "server.http2.enabled=true",
                "server.ssl.key-store=" + keyStore.toUri(), "server.ssl.key-store-password=secret",
                "server.ssl.key-store-type=PKCS12")) {
            eventsFlow(HttpClient.create().baseUrl("https://localhost:" + server.port())
                    .protocol(HttpProtocol.H2)
                    .secure(tls -> tls.sslContext(Http2SslContextSpec.forClient()
                            .configure(builder -> builder.trustManager(InsecureTrustManagerFactory.INSTANCE)))));
        }
    }

    @Test
    void throughAProxy() {
        try (RunningServer server = RunningServer.start(TestDatabase.fresh())) {
            HttpClient upstream = plain(server);
            // Forwards each request and streams the response back as it comes.
            DisposableServer proxy = HttpServer.create().port(0).handle((request, response) -> upstream
                    .headers(headers -> headers.set(request.requestHeaders()).remove(HttpHeaders.HOST))
                    .request(request.method()).uri(request.uri())
                    .send(request.receive().retain())
                    .response((answer, body) -> response.status(answer.status())
                            .headers(answer.responseHeaders()).send(body.retain()))
                    .then()).bindNow();
            try {
                eventsFlow(HttpClient.create().baseUrl("http://localhost:" + proxy.port()));
            } finally {
                proxy.disposeNow();
            }
        }
    }

    /** Opens a game's stream, then a move's event is awaited on it; gives the game's id. */
    private static String eventsFlow(HttpClient client) {
        WebTestClient http = WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
                .baseUrl(client.configuration().baseUrl())
                .responseTimeout(Duration.ofSeconds(30)).build();
        StartedGame game = StartedGame.between(ApiPlayer.register(http, "alice"), ApiPlayer.register(http, "bob"));
        try (EventStream stream = EventStream.open(client, game.id(), game.bob().token())) {
            EventStream.Event snapshot = stream.await("snapshot");

            int moved = game.playOne();

            assertThat(stream.await("moved").id()).isEqualTo(String.valueOf(moved));
            assertThat(stream.raw()).startsWith(": ping\n\n");
            assertThat(Integer.parseInt(snapshot.id())).isEqualTo(moved - 1);
        }
        return game.id();
    }

    /** How the game's stream is encoded for a client that takes gzip: the response's headers, as they arrive. */
    private static String encoding(HttpClient client, String game) {
        return client.headers(h -> h.set("Accept", "text/event-stream").set("Accept-Encoding", "gzip"))
                .get().uri("/api/games/" + game + "/events")
                .response()
                .map(response -> String.valueOf(response.responseHeaders().get("Content-Encoding")))
                .block(Duration.ofSeconds(30));
    }

    private static HttpClient plain(RunningServer server) {
        return HttpClient.create().baseUrl("http://localhost:" + server.port());
    }

    /** Compression as an operator would switch it on for every response this server sends, event streams too. */
    private static String[] compression() {
        return new String[] {"server.compression.enabled=true", "server.compression.min-response-size=1",
                "server.compression.mime-types=text/event-stream,application/json"};
    }

    /** A key and self-signed certificate for localhost, made with the JDK's keytool. */
    private Path selfSignedKeyStore() throws IOException, InterruptedException {
        Path store = keys.resolve("localhost.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process made = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "localhost",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "san=dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "secret", "-keypass", "secret").redirectErrorStream(true).start();
        assertThat(made.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(made.exitValue()).as(new String(made.getInputStream().readAllBytes())).isZero();
        assertThat(Files.exists(store)).isTrue();
        return store;
    }
}
