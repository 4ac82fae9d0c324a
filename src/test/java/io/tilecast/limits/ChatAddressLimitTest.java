package io.tilecast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Chat is limited per client address too: players who share one address share its allowance. */
@IntegrationTest
@TestPropertySource(properties = "tilecast.limits.chat.per-address=3/30s")
class ChatAddressLimitTest {

    @Autowired
    WebTestClient http;

    @Test
    void playersFromOneAddressShareItsChatAllowance() {
        StartedGame game = StartedGame.start(http);
        String path = "/api/games/" + game.id() + "/chat";
        assertThat(game.alice().post(path, Map.of("text", "one")).status()).isEqualTo(202);
        assertThat(game.alice().post(path, Map.of("text", "two")).status()).isEqualTo(202);
        assertThat(game.bob().post(path, Map.of("text", "three")).status()).isEqualTo(202);

        Reply refused = game.bob().post(path, Map.of("text", "four"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("rate-limited");
        assertThat(refused.headers().getFirst("Retry-After")).isNotBlank();
        assertThat(ApiPlayer.spectator(http).get(path).body().get("messages")).hasSize(3);
    }
}
