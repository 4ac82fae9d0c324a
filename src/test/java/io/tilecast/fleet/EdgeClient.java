package io.tilecast.fleet;

import io.netty.handler.codec.http.HttpMethod;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client near one region, talking to the fleet through the emulated edge. */
public record EdgeClient(int edgePort, String region) {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.create().responseTimeout(Duration.ofSeconds(30));

    /** An answer as the client sees it. */
    public record Answer(int status, String text, Map<String, String> headers) {

        public JsonNode body() {
            return json.readTree(text);
        }

        /** {@code region/machine} of the process that answered. */
        public String servedBy() {
            return headers.getOrDefault("tilecast-served-by", "");
        }
    }

    public Answer get(String path, String token) {
        return send("GET", path, null, token);
    }

    public Answer post(String path, String body, String token) {
        return send("POST", path, body, token);
    }

    public Answer send(String method, String path, String body, String token) {
        return http
                .headers(headers -> {
                    headers.set(EdgeProxy.NEAR, region).set("Accept", "application/json");
                    if (body != null) {
                        headers.set("Content-Type", "application/json");
                    }
                    if (token != null) {
                        headers.set("Authorization", "Bearer " + token);
                    }
                })
                .request(HttpMethod.valueOf(method))
                .uri("http://127.0.0.1:" + edgePort + path)
                .send(body == null ? ByteBufFlux.empty() : ByteBufFlux.fromString(Mono.just(body)))
                .responseSingle((response, content) -> content.asString().defaultIfEmpty("").map(text -> {
                    Map<String, String> headers = new HashMap<>();
                    response.responseHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                    return new Answer(response.status().code(), text, headers);
                }))
                .block(Duration.ofSeconds(60));
    }

    /** Registers a player; gives its token. */
    public String register(String name) {
        Answer answer = post("/api/players", "{\"name\":\"" + name + "\"}", null);
        if (answer.status() != 201) {
            throw new AssertionError("registering " + name + ": " + answer.status() + " " + answer.text());
        }
        return answer.body().get("token").asString();
    }
}
