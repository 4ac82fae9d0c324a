package io.tilecast.support;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.search.Position;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A player (or, without a token, a spectator) using the HTTP API as a client would. */
public final class ApiPlayer {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final AtomicInteger names = new AtomicInteger();

    private final WebTestClient http;
    private final String id;
    private final String name;
    private final String token;

    private ApiPlayer(WebTestClient http, String id, String name, String token) {
        this.http = http;
        this.id = id;
        this.name = name;
        this.token = token;
    }

    /** Registers a player with a fresh name beginning with {@code prefix}. */
    public static ApiPlayer register(WebTestClient http, String prefix) {
        String name = prefix + names.incrementAndGet();
        Reply reply = send(http, null, HttpMethod.POST, "/api/players", Map.of("name", name));
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply.raw());
        }
        return new ApiPlayer(http, reply.body().get("id").asString(), name, reply.body().get("token").asString());
    }

    /** The same player talking to another server (for example after a restart). */
    public static ApiPlayer withToken(WebTestClient http, ApiPlayer player) {
        return new ApiPlayer(http, player.id, player.name, player.token);
    }

    /** A player registered some other way (with a password, say), from its name and token. */
    public static ApiPlayer withTokenNamed(WebTestClient http, String name, String token) {
        Reply me = send(http, token, HttpMethod.GET, "/api/players/me", null);
        return new ApiPlayer(http, me.body().get("id").asString(), name, token);
    }

    public static ApiPlayer spectator(WebTestClient http) {
        return new ApiPlayer(http, null, null, null);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String token() {
        return token;
    }

    public Reply create(int seats) {
        return post("/api/games", Map.of("seats", seats));
    }

    public Reply join(String game) {
        return post("/api/games/" + game + "/join", null);
    }

    public Reply start(String game) {
        return post("/api/games/" + game + "/start", null);
    }

    public Reply view(String game) {
        return send(http, token, HttpMethod.GET, "/api/games/" + game, null);
    }

    public Reply place(String game, int version, List<Placement> tiles) {
        List<Map<String, Object>> body = tiles.stream().map(t -> Map.<String, Object>of("row", t.row(), "col", t.col(),
                "letter", String.valueOf(t.letter()), "blank", t.blank())).toList();
        return move(game, Map.of("type", "place", "version", version, "tiles", body));
    }

    public Reply exchange(String game, int version, String letters) {
        return move(game, Map.of("type", "exchange", "version", version, "letters", letters));
    }

    public Reply pass(String game, int version) {
        return move(game, Map.of("type", "pass", "version", version));
    }

    public Reply move(String game, Object body) {
        return post("/api/games/" + game + "/moves", body);
    }

    public Reply post(String path, Object body) {
        return send(http, token, HttpMethod.POST, path, body);
    }

    /** Any request as this player (or spectator), for routes without a method of their own here. */
    public Reply send(HttpMethod method, String path, Object body) {
        return send(http, token, method, path, body);
    }

    public Reply get(String path) {
        return send(http, token, HttpMethod.GET, path, null);
    }

    private static Reply send(WebTestClient http, String token, HttpMethod method, String path, Object body) {
        WebTestClient.RequestBodySpec request = http.method(method).uri(path).accept(MediaType.ALL);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? request
                : body instanceof String text ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(text)
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(json.writeValueAsString(body));
        EntityExchangeResult<byte[]> result = ready.exchange().expectBody().returnResult();
        byte[] bytes = result.getResponseBody();
        String raw = bytes == null ? "" : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode node = raw.startsWith("{") ? json.readTree(raw) : null;
        return new Reply(result.getStatus().value(), node, raw,
                result.getResponseHeaders().getContentType() == null ? null
                        : result.getResponseHeaders().getContentType().toString(),
                result.getResponseHeaders());
    }

    /** A game view's board, as the 15 strings of its rows. */
    public static List<String> board(JsonNode view) {
        List<String> rows = new ArrayList<>();
        view.get("board").forEach(row -> rows.add(row.asString()));
        return rows;
    }

    /** An answer: status, the JSON body when there is one, the raw text, and the headers. */
    public record Reply(int status, JsonNode body, String raw, String contentType, HttpHeaders headers) {

        public String code() {
            return body == null || body.get("code") == null ? null : body.get("code").asString();
        }

        public int version() {
            return body.get("version").asInt();
        }
    }

    /** Eight registrations sent at once, alternating the two names; the statuses they were answered with. */
    public static List<Integer> registeredAtOnce(int port, String name, String other) {
        WebClient client = WebClient.create("http://127.0.0.1:" + port);
        return Flux.range(0, 8)
                .flatMap(i -> client.post().uri("/api/players").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("name", i % 2 == 0 ? name : other))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())))
                .collectList()
                .block(Duration.ofSeconds(30));
    }

    /** What the seat in {@code view} sees, as a computer strategy is given it. */
    public static Position position(JsonNode view) {
        List<Integer> scores = new ArrayList<>();
        view.get("seats").forEach(seat -> scores.add(seat.get("score").asInt()));
        return new Position(Board.of(board(view)), Rack.of(view.get("rack").asString()), scores, 0,
                view.get("bag").asInt());
    }

    /** The request body of {@code move} at the view's version. */
    public static Map<String, Object> moveBody(JsonNode view, Move move) {
        int version = view.get("version").asInt();
        return switch (move) {
            case Move.Place place -> Map.of("type", "place", "version", version, "tiles", place.tiles().stream()
                    .map(t -> Map.of("row", t.row(), "col", t.col(), "letter", String.valueOf(t.letter()),
                            "blank", t.blank())).toList());
            case Move.Exchange exchange -> Map.of("type", "exchange", "version", version, "letters", exchange.letters());
            default -> Map.of("type", "pass", "version", version);
        };
    }
}
