package io.tilecast.bench;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API as a client uses it, over Reactor Netty's HttpClient with a keep-alive pool of its
 * own and event-loop threads of its own (not the server's), to the server on loopback.
 */
final class Api implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Whether {@link #startGame} makes rated games (the API's default), or casual ones with {@code -Dbench.rated=false}. */
    static final boolean RATED = !"false".equals(System.getProperty("bench.rated"));

    private final ConnectionProvider pool;
    private final LoopResources loops;
    private final HttpClient http;

    Api(int port, int connections) {
        this.pool = ConnectionProvider.builder("bench-api")
                .maxConnections(connections)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofSeconds(60))
                .build();
        this.loops = LoopResources.create("bench-client", 2, true);
        this.http = HttpClient.create(pool).runOn(loops).baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30));
    }

    /** An answer: the status and the body's text. */
    record Reply(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        Reply expect(int wanted, String what) {
            if (status != wanted) {
                throw new IllegalStateException(what + ": " + status + " " + body);
            }
            return this;
        }
    }

    Mono<Reply> post(String path, String token, String body) {
        return http.request(HttpMethod.POST).uri(path)
                .send((request, out) -> {
                    request.header(HttpHeaderNames.CONTENT_TYPE, "application/json");
                    if (token != null) {
                        request.header(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
                    }
                    return out.send(ByteBufFlux.fromString(Mono.just(body == null ? "" : body)));
                })
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .map(text -> new Reply(response.status().code(), text)));
    }

    Mono<Reply> get(String path, String token) {
        return http.headers(h -> {
                    if (token != null) {
                        h.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
                    }
                })
                .get().uri(path)
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("")
                        .map(text -> new Reply(response.status().code(), text)));
    }

    /** Registers a player; gives its id and token. */
    Mono<Player> register(String name) {
        return post("/api/players", null, "{\"name\":\"" + name + "\"}")
                .map(reply -> reply.expect(201, "register " + name).json())
                .map(json -> new Player(json.get("id").asString(), json.get("token").asString()));
    }

    /** Creates a two-seat game, joins it and starts it; gives the id and the creator's view of it. */
    Mono<StartedGame> startGame(Player first, Player second) {
        return post("/api/games", first.token(), RATED ? "{\"seats\":2}" : "{\"seats\":2,\"rated\":false}")
                .map(reply -> reply.expect(201, "create").json().get("id").asString())
                .flatMap(id -> post("/api/games/" + id + "/join", second.token(), null)
                        .doOnNext(reply -> reply.expect(200, "join"))
                        .then(post("/api/games/" + id + "/start", first.token(), null))
                        .map(reply -> new StartedGame(id, reply.expect(200, "start").json())));
    }

    /** A started game: its id and the creator's view right after the start. */
    record StartedGame(String id, JsonNode view) {
    }

    /** A registered player. */
    record Player(String id, String token) {
    }

    @Override
    public void close() {
        pool.dispose();
        loops.dispose();
    }
}
