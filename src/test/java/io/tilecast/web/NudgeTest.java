package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Untimed games: the view says since when it is the player to move's turn, and another player may nudge once a day. */
@IntegrationTest
@Import(TestClock.Installed.class)
class NudgeTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final TestClock clock = TestClock.SHARED;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void theViewAndEveryMoveSaySinceWhenItIsThePlayerToMovesTurn() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        String game = untimed(alice, bob);
        Instant started = clock.now();
        assertThat(Instant.parse(alice.view(game).body().get("turnSince").asString())).isEqualTo(started);

        try (EventStream bobs = EventStream.open(port, game, bob.token())) {
            bobs.await("snapshot");
            Instant passed = clock.advance(Duration.ofHours(5));
            alice.pass(game, alice.view(game).version());

            JsonNode moved = json.readTree(bobs.await("moved").data());
            assertThat(Instant.parse(moved.get("turnSince").asString())).isEqualTo(passed);
        }
        assertThat(Instant.parse(bob.view(game).body().get("turnSince").asString())).isEqualTo(clock.now());
    }

    @Test
    void anotherPlayerMayNudgeThePlayerToMoveOnceADay() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        String game = untimed(alice, bob);
        try (EventStream alices = EventStream.open(port, game, alice.token())) {
            alices.await("snapshot");

            Reply nudged = bob.post("/api/games/" + game + "/nudge", null);

            assertThat(nudged.status()).as(nudged.raw()).isEqualTo(200);
            assertThat(nudged.body().get("by").asInt()).isEqualTo(1);
            assertThat(nudged.body().get("seat").asInt()).isZero();
            EventStream.Event nudge = alices.await("nudge");
            assertThat(nudge.id()).isNull();
            assertThat(json.readTree(nudge.data()).get("next").asString()).isEqualTo(nudged.body().get("next").asString());
        }
        Reply again = bob.post("/api/games/" + game + "/nudge", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("nudge-too-soon");

        clock.advance(Duration.ofDays(1));
        assertThat(bob.post("/api/games/" + game + "/nudge", null).status()).isEqualTo(200);
    }

    @Test
    void thePlayerToMoveAndThePlayersOfATimedGameCannotNudge() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        Reply own = alice.post("/api/games/" + untimed(alice, bob) + "/nudge", null);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.code()).isEqualTo("cannot-nudge");

        String timed = alice.create(2).body().get("id").asString();
        bob.join(timed);
        alice.start(timed);
        assertThat(bob.post("/api/games/" + timed + "/nudge", null).code()).isEqualTo("cannot-nudge");
        assertThat(ApiPlayer.register(http, "carol").post("/api/games/" + timed + "/nudge", null).code())
                .isEqualTo("not-seated");
    }

    private static String untimed(ApiPlayer alice, ApiPlayer bob) {
        Map<String, Object> body = new HashMap<>();
        body.put("seats", 2);
        body.put("clock", null);
        String game = alice.post("/api/games", body).body().get("id").asString();
        bob.join(game);
        alice.start(game);
        return game;
    }
}
