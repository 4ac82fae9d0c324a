package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.play.hosting.HostedGames;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The waiting games a player is counted against are the ones in memory: one that left, idle, no longer counts. */
@IntegrationTest
@TestPropertySource(properties = {"tilecast.play.waiting-games=1", "tilecast.play.idle-after=1s"})
class WaitingGameLeavingMemoryTest {

    @Autowired
    WebTestClient http;

    @Autowired
    HostedGames games;

    @Test
    void aWaitingGameThatLeftMemoryIsNoLongerCountedAgainstItsCreator() {
        ApiPlayer erin = ApiPlayer.register(http, "erin");
        String waiting = erin.create(2).body().get("id").asString();
        ApiPlayer.Reply refused = erin.create(2);
        assertThat(refused.code()).isEqualTo("too-many-waiting-games");

        await().atMost(Duration.ofSeconds(20)).until(() -> games.hosted(waiting).isEmpty());

        assertThat(erin.create(2).status()).as("the idle game left memory, and the count with it").isEqualTo(201);
    }
}
