package io.tilecast.fleet;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.ConnectionProvider;

/**
 * fly's edge proxy as its documentation describes it, for the fleet on one machine: a client
 * reaches the nearest region (named by the {@value #NEAR} request header, standing in for anycast),
 * a machine there that passes its readiness check, round robin; the response streams through;
 * and a {@code fly-replay} answer ({@code region}, {@code instance}, {@code prefer_instance},
 * {@code elsewhere}, {@code state}) makes it send the same request again, once, where it says, with
 * {@code fly-replay-src}. Every forwarded request carries {@code Fly-Client-IP} and
 * {@code Fly-Region} (the edge's region). What it cannot do like fly is listed in docs/drills.md.
 */
public final class EdgeProxy implements AutoCloseable {

    /** Which region the client is nearest to; without it, the first region listed. */
    public static final String NEAR = "Edge-Near-Region";
    /** fly refuses to replay a request whose body is larger. */
    static final int REPLAY_LIMIT = 1024 * 1024;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "proxy-connection", "host", "content-length");

    /** One machine behind the proxy. */
    public record Machine(String id, String region, int port) {
    }

    private final List<Machine> machines = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> regions;
    private final Map<String, Boolean> ready = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();
    private final AtomicLong replays = new AtomicLong();
    private final ConnectionProvider pool = ConnectionProvider.builder("edge").maxConnections(2_000)
            .pendingAcquireMaxCount(-1).build();
    private final HttpClient upstream = HttpClient.create(pool).responseTimeout(Duration.ofSeconds(60));
    private final Disposable checks;
    private final DisposableServer server;

    private EdgeProxy(List<Machine> machines, Duration checkEvery) {
        this.machines.addAll(machines);
        this.regions = machines.stream().map(Machine::region).distinct().toList();
        checkReadiness().block(Duration.ofSeconds(10));
        this.checks = Flux.interval(checkEvery, checkEvery).onBackpressureDrop()
                .concatMap(tick -> checkReadiness()).subscribe();
        this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::serve).bindNow();
    }

    /** Starts in front of the given machines, checking their readiness every {@code checkEvery}. */
    public static EdgeProxy start(List<Machine> machines, Duration checkEvery) {
        return new EdgeProxy(machines, checkEvery);
    }

    public int port() {
        return server.port();
    }

    /** A machine started again, on a new port, as fly restarts one: routed to once it is ready. */
    public void replace(Machine restarted) {
        machines.replaceAll(machine -> machine.id().equals(restarted.id()) ? restarted : machine);
        ready.put(restarted.id(), false);
    }

    /** How many requests were replayed so far. */
    public long replays() {
        return replays.get();
    }

    private Mono<Void> checkReadiness() {
        return Flux.fromIterable(machines)
                .flatMap(machine -> upstream.get().uri(base(machine) + "/actuator/health/readiness")
                        .responseSingle((response, body) -> Mono.just(response.status().code() == 200))
                        .timeout(Duration.ofSeconds(2))
                        .onErrorReturn(false)
                        .doOnNext(up -> ready.put(machine.id(), up)))
                .then();
    }

    private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response) {
        String near = Optional.ofNullable(request.requestHeaders().get(NEAR)).orElse(regions.getFirst());
        return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0])
                .flatMap(body -> nearest(near, null)
                        .map(machine -> forward(request, response, body, machine, near, null))
                        .orElseGet(() -> refuse(response, HttpResponseStatus.SERVICE_UNAVAILABLE,
                                "no healthy machine near " + near)));
    }

    /** Sends the request to {@code machine}; a {@code fly-replay} answer is followed once, unless this is the replay. */
    private Mono<Void> forward(HttpServerRequest request, HttpServerResponse response, byte[] body, Machine machine,
                               String edgeRegion, String replaySource) {
        String client = request.remoteAddress() instanceof InetSocketAddress address
                ? address.getAddress().getHostAddress() : "127.0.0.1";
        return upstream
                .headers(headers -> {
                    request.requestHeaders().forEach(header -> {
                        if (!HOP_BY_HOP.contains(header.getKey().toLowerCase()) && !header.getKey().equalsIgnoreCase(NEAR)) {
                            headers.add(header.getKey(), header.getValue());
                        }
                    });
                    headers.set("Fly-Client-IP", client).set("Fly-Region", edgeRegion);
                    if (replaySource != null) {
                        headers.set("fly-replay-src", replaySource);
                    }
                })
                .request(request.method()).uri(base(machine) + request.uri())
                .send(body.length == 0 ? ByteBufFlux.empty() : ByteBufFlux.fromInbound(Mono.just(body)))
                .response((answer, content) -> {
                    String replay = answer.responseHeaders().get("fly-replay");
                    if (replay != null && replaySource == null) {
                        return content.then(Mono.defer(() -> replay(request, response, body, machine, edgeRegion,
                                Replay.parse(replay))));
                    }
                    response.status(answer.status());
                    copy(answer.responseHeaders(), response);
                    return response.send(content.retain()).then();
                })
                .then()
                .onErrorResume(error -> response.hasSentHeaders() ? Mono.error(error)
                        : refuse(response, HttpResponseStatus.BAD_GATEWAY, machine.id() + ": " + error));
    }

    private Mono<Void> replay(HttpServerRequest request, HttpServerResponse response, byte[] body, Machine from,
                              String edgeRegion, Replay replay) {
        if (body.length > REPLAY_LIMIT) {
            return refuse(response, HttpResponseStatus.BAD_GATEWAY, "a request over 1 MB cannot be replayed");
        }
        Optional<Machine> target = replay.instance() != null ? healthy(replay.instance())
                : replay.preferInstance() != null ? healthy(replay.preferInstance())
                        .or(() -> nearest(from.region(), replay.elsewhere() ? from : null))
                : !replay.regions().isEmpty() ? replay.regions().stream()
                        .map(region -> inRegion(region, replay.elsewhere() ? from : null))
                        .flatMap(Optional::stream).findFirst()
                : nearest(from.region(), replay.elsewhere() ? from : null);
        if (target.isEmpty()) {
            return refuse(response, HttpResponseStatus.SERVICE_UNAVAILABLE, "no healthy machine for " + replay);
        }
        replays.incrementAndGet();
        String source = "instance=" + from.id() + ";region=" + from.region() + ";t=" + System.currentTimeMillis() * 1000
                + (replay.state() != null ? ";state=" + replay.state() : "");
        return forward(request, response, body, target.get(), edgeRegion, source);
    }

    /** A ready machine in the region, else in the next region listed; round robin, passing over {@code except}. */
    private Optional<Machine> nearest(String region, Machine except) {
        List<String> order = new ArrayList<>(List.of(region));
        regions.stream().filter(other -> !other.equals(region)).forEach(order::add);
        return order.stream().map(each -> inRegion(each, except)).flatMap(Optional::stream).findFirst();
    }

    private Optional<Machine> inRegion(String region, Machine except) {
        List<Machine> candidates = machines.stream()
                .filter(machine -> machine.region().equals(region) && !machine.equals(except)
                        && ready.getOrDefault(machine.id(), false))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int turn = turns.computeIfAbsent(region, key -> new AtomicInteger()).getAndIncrement();
        return Optional.of(candidates.get(Math.floorMod(turn, candidates.size())));
    }

    private Optional<Machine> healthy(String id) {
        return machines.stream().filter(machine -> machine.id().equals(id) && ready.getOrDefault(id, false)).findFirst();
    }

    private static void copy(HttpHeaders from, HttpServerResponse to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                to.addHeader(header.getKey(), header.getValue());
            }
        });
        String length = from.get(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null) {
            to.header(HttpHeaderNames.CONTENT_LENGTH, length);
        }
    }

    private static Mono<Void> refuse(HttpServerResponse response, HttpResponseStatus status, String why) {
        return response.status(status).header("Edge-Error", why)
                .sendObject(Unpooled.copiedBuffer("edge: " + why, java.nio.charset.StandardCharsets.UTF_8)).then();
    }

    private static String base(Machine machine) {
        return "http://127.0.0.1:" + machine.port();
    }

    @Override
    public void close() {
        checks.dispose();
        server.disposeNow();
        pool.dispose();
    }

    /** The fields of a {@code fly-replay} header. */
    record Replay(List<String> regions, String instance, String preferInstance, boolean elsewhere, String state) {

        static Replay parse(String header) {
            Map<String, String> fields = Arrays.stream(header.split(";"))
                    .map(String::trim).filter(field -> field.contains("="))
                    .collect(Collectors.toMap(field -> field.substring(0, field.indexOf('=')).trim().toLowerCase(),
                            field -> field.substring(field.indexOf('=') + 1).trim().replace("\"", ""),
                            (first, second) -> first));
            List<String> regions = fields.containsKey("region")
                    ? Arrays.stream(fields.get("region").split(",")).map(String::trim).toList() : List.of();
            return new Replay(regions, fields.get("instance"), fields.get("prefer_instance"),
                    "true".equals(fields.get("elsewhere")), fields.get("state"));
        }
    }
}
