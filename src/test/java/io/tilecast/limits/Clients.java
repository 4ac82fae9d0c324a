package io.tilecast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.ApiPlayer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Clients at addresses of their own, as fly's proxy names them, and what a limited one is told. */
final class Clients {

    private Clients() {
    }

    /** A client whose requests come from {@code address} ({@code Fly-Client-IP}). */
    static WebTestClient at(WebTestClient http, String address) {
        return http.mutate().defaultHeader("Fly-Client-IP", address).build();
    }

    /** The path of a game's live events. */
    static String events(String game) {
        return "/api/games/" + game + "/events";
    }

    /** The answer is {@code 429 rate-limited}, a problem, with a {@code Retry-After} of whole seconds. */
    static void assertRateLimited(ApiPlayer.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(429);
        assertThat(reply.code()).isEqualTo("rate-limited");
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asString()).startsWith("Too many");
        assertThat(Long.parseLong(reply.headers().getFirst(HttpHeaders.RETRY_AFTER))).isGreaterThanOrEqualTo(1);
    }

    /** How many requests the limit of this action and kind of key has refused so far. */
    static double refusals(MeterRegistry meters, String action, String key) {
        return meters.get("tilecast.limits.refused").tags("action", action, "key", key).counter().count();
    }
}
