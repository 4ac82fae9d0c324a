package io.tilecast.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.web.reactive.server.WebTestClient;

/** A started two-player game between two fresh players, alice (seat 0) and bob. */
public record StartedGame(String id, ApiPlayer alice, ApiPlayer bob) {

    public static StartedGame start(WebTestClient http) {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        String id = alice.create(2).body().get("id").asString();
        bob.join(id);
        alice.start(id);
        return new StartedGame(id, alice, bob);
    }

    public ApiPlayer toMove() {
        return alice.view(id).body().get("turn").asInt() == 0 ? alice : bob;
    }

    /** Passes by whoever is to move; a two-player game ends after six. Gives the version reached. */
    public int passes(int count) {
        int version = alice.view(id).version();
        for (int i = 0; i < count; i++) {
            ApiPlayer.Reply ack = toMove().pass(id, version);
            assertThat(ack.status()).as(ack.raw()).isEqualTo(200);
            version = ack.version();
        }
        return version;
    }
}
