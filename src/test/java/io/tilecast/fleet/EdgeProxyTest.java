package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/** The emulated fly edge against small machines that say who they are and what they were sent. */
class EdgeProxyTest {

    private final List<Backend> backends = new ArrayList<>();
    private final List<EdgeProxy> edges = new ArrayList<>();

    @AfterEach
    void stop() {
        edges.forEach(EdgeProxy::close);
        backends.forEach(backend -> backend.server.disposeNow());
    }

    @Test
    void aClientReachesAReadyMachineOfItsNearestRegionRoundRobin() {
        Backend ams1 = backend("ams-1", "ams");
        Backend ams2 = backend("ams-2", "ams");
        backend("syd-1", "syd");
        EdgeProxy edge = edge();

        assertThat(List.of(get(edge, "ams", "/echo").servedBy(), get(edge, "ams", "/echo").servedBy()))
                .containsExactlyInAnyOrder("ams-1", "ams-2");
        assertThat(get(edge, "syd", "/echo").servedBy()).isEqualTo("syd-1");
        assertThat(get(edge, null, "/echo").servedBy()).as("no header: the first region").startsWith("ams");

        ams2.ready.set(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> get(edge, "ams", "/echo").servedBy().equals("ams-1")
                && get(edge, "ams", "/echo").servedBy().equals("ams-1"));
        ams1.ready.set(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> get(edge, "ams", "/echo").servedBy().equals("syd-1"));
    }

    @Test
    void everyForwardedRequestNamesTheClientAndTheEdgeRegion() {
        Backend syd = backend("syd-1", "syd");
        EdgeProxy edge = edge();

        get(edge, "syd", "/echo");

        assertThat(syd.lastHeaders).containsEntry("fly-client-ip", "127.0.0.1").containsEntry("fly-region", "syd")
                .doesNotContainKey(EdgeProxy.NEAR.toLowerCase());
    }

    @Test
    void aFlyReplayAnswerIsReplayedOnceWhereItSaysWithItsSource() {
        backend("ams-1", "ams");
        Backend ams2 = backend("ams-2", "ams");
        Backend syd = backend("syd-1", "syd");
        EdgeProxy edge = edge();

        Reply toRegion = get(edge, "ams", "/replay?to=" + encode("region=syd;state=hello"));
        assertThat(toRegion.servedBy()).isEqualTo("syd-1");
        assertThat(syd.lastHeaders.get("fly-replay-src")).matches("instance=ams-[12];region=ams;t=\\d+;state=hello");

        assertThat(get(edge, "syd", "/replay?to=" + encode("instance=ams-2")).servedBy()).isEqualTo("ams-2");
        ams2.ready.set(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> get(edge, "syd", "/replay?to=" + encode("prefer_instance=ams-2"))
                .servedBy().equals("syd-1"));
        assertThat(get(edge, "syd", "/replay?to=" + encode("instance=ams-2")).status()).isEqualTo(503);
        assertThat(edge.replays()).isPositive();
    }

    @Test
    void elsewhereLeavesOutTheMachineThatAnswered() {
        backend("ams-1", "ams");
        backend("ams-2", "ams");
        EdgeProxy edge = edge();

        for (int i = 0; i < 6; i++) {
            Reply reply = get(edge, "ams", "/replay-elsewhere");
            assertThat(reply.servedBy()).isNotEqualTo(reply.headers().get("first"));
        }
    }

    @Test
    void aRequestIsReplayedAtMostOnce() {
        backend("ams-1", "ams");
        backend("ams-2", "ams");
        EdgeProxy edge = edge();

        Reply reply = get(edge, "ams", "/replay-always");

        assertThat(reply.status()).isEqualTo(307);
        assertThat(reply.headers()).containsEntry("fly-replay", "elsewhere=true");
    }

    @Test
    void aBodyOverOneMegabyteIsForwardedButNeverReplayed() {
        backend("ams-1", "ams");
        backend("syd-1", "syd");
        EdgeProxy edge = edge();
        byte[] large = new byte[EdgeProxy.REPLAY_LIMIT + 1];

        assertThat(post(edge, "ams", "/echo", large).status()).isEqualTo(200);
        assertThat(post(edge, "ams", "/replay?to=" + encode("region=syd"), large).status()).isEqualTo(502);
        assertThat(post(edge, "ams", "/replay?to=" + encode("region=syd"), new byte[100]).servedBy()).isEqualTo("syd-1");
    }

    @Test
    void withNoReadyMachineTheEdgeAnswersAnError() {
        Backend ams = backend("ams-1", "ams");
        ams.ready.set(false);
        EdgeProxy edge = edge();

        assertThat(get(edge, "ams", "/echo").status()).isEqualTo(503);
    }

    @Test
    void aStreamIsPassedThroughAsItIsWritten() {
        backend("ams-1", "ams");
        EdgeProxy edge = edge();

        // The machine ends its stream only when told to, and nothing tells it: a proxy that waited
        // for the whole response would never hand over the first event.
        String first = HttpClient.create().get().uri("http://127.0.0.1:" + edge.port() + "/stream")
                .responseContent().asString().blockFirst(Duration.ofSeconds(10));

        assertThat(first).isEqualTo("data: first\n\n");
    }

    private EdgeProxy edge() {
        EdgeProxy edge = EdgeProxy.start(backends.stream()
                .map(backend -> new EdgeProxy.Machine(backend.id, backend.region, backend.server.port())).toList(),
                Duration.ofMillis(100));
        edges.add(edge);
        return edge;
    }

    private Backend backend(String id, String region) {
        Backend backend = new Backend(id, region);
        backends.add(backend);
        return backend;
    }

    private static Reply get(EdgeProxy edge, String near, String path) {
        return send(edge, near, "GET", path, null);
    }

    private static Reply post(EdgeProxy edge, String near, String path, byte[] body) {
        return send(edge, near, "POST", path, body);
    }

    private static Reply send(EdgeProxy edge, String near, String method, String path, byte[] body) {
        return HttpClient.create()
                .headers(headers -> {
                    if (near != null) {
                        headers.set(EdgeProxy.NEAR, near);
                    }
                })
                .request(io.netty.handler.codec.http.HttpMethod.valueOf(method))
                .uri("http://127.0.0.1:" + edge.port() + path)
                .send(body == null ? ByteBufFlux.empty() : ByteBufFlux.fromInbound(Mono.just(body)))
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("").map(text -> {
                    Map<String, String> headers = new ConcurrentHashMap<>();
                    response.responseHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                    return new Reply(response.status().code(), text, headers);
                }))
                .block(Duration.ofSeconds(10));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    record Reply(int status, String body, Map<String, String> headers) {

        String servedBy() {
            return headers.getOrDefault("served-by", "none: " + status + " " + body);
        }
    }

    /** A machine that says who it is, replays when asked, and streams. */
    private static final class Backend {
        final String id;
        final String region;
        final AtomicBoolean ready = new AtomicBoolean(true);
        final Sinks.Empty<Void> endStream = Sinks.empty();
        volatile Map<String, String> lastHeaders = Map.of();
        final DisposableServer server;

        Backend(String id, String region) {
            this.id = id;
            this.region = region;
            this.server = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) -> {
                Map<String, String> headers = new ConcurrentHashMap<>();
                request.requestHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                String path = request.uri();
                if (path.startsWith("/actuator/health/readiness")) {
                    return response.status(ready.get() ? 200 : 503).sendString(Mono.just("{}")).then();
                }
                lastHeaders = headers;
                response.header("served-by", id);
                Mono<Void> drained = request.receive().then();
                if (path.startsWith("/replay-always")) {
                    return drained.then(response.status(307).header("fly-replay", "elsewhere=true").send());
                }
                if (path.startsWith("/replay-elsewhere") && !headers.containsKey("fly-replay-src")) {
                    return drained.then(response.status(307).header("fly-replay", "elsewhere=true").send());
                }
                if (path.startsWith("/replay-elsewhere")) {
                    String first = headers.get("fly-replay-src").replaceAll("instance=([^;]+).*", "$1");
                    return drained.then(response.header("first", first).sendString(Mono.just(id)).then());
                }
                if (path.startsWith("/replay?to=") && !headers.containsKey("fly-replay-src")) {
                    String to = java.net.URLDecoder.decode(path.substring("/replay?to=".length()), StandardCharsets.UTF_8);
                    return drained.then(response.status(307).header("fly-replay", to).send());
                }
                if (path.startsWith("/stream")) {
                    return response.header("content-type", "text/event-stream")
                            .sendString(Flux.concat(Mono.just("data: first\n\n"),
                                    endStream.asMono().then(Mono.just("data: last\n\n"))))
                            .then();
                }
                return drained.then(response.sendString(Mono.just(id)).then());
            }).bindNow();
        }
    }
}
