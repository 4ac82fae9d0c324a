package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Timed games over HTTP, with the server's time moved on by the test rather than waited for: the
 * clock in views and events, increments, overtime penalties, timeouts the server's own timer
 * applies, the untimed game's per-move limit, and time controls that do not exist.
 */
@IntegrationTest
@Import(TestClock.Installed.class)
class ClocksTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final TestClock clock = TestClock.SHARED;
    private static final Duration TIMER = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void theClockIsInTheViewAndInEveryEventAndChangesSidesAfterAMove() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        JsonNode created = alice.post("/api/games", Map.of("seats", 2,
                "clock", Map.of("initial", 300, "increment", 0, "overtime", 1))).body();
        String game = created.get("id").asString();
        assertThat(created.get("clock").get("remaining").toString()).isEqualTo("[300000]");
        assertThat(created.get("clock").get("running").isNull()).isTrue();
        bob.join(game);
        try (EventStream bobs = EventStream.open(port, game, bob.token())) {
            bobs.await("snapshot");
            Instant start = clock.now();
            alice.start(game);
            JsonNode started = json.readTree(bobs.await("started").data());
            assertThat(started.get("clock").get("remaining").toString()).isEqualTo("[300000,300000]");
            assertThat(started.get("clock").get("running").asInt()).isEqualTo(0);
            assertThat(Instant.parse(started.get("clock").get("at").asString())).isEqualTo(start);

            Instant moved = clock.advance(Duration.ofMillis(12_345));
            alice.pass(game, started.get("version").asInt());

            JsonNode clockMoved = json.readTree(bobs.await("moved").data()).get("clock");
            assertThat(clockMoved.get("remaining").toString()).isEqualTo("[287655,300000]");
            assertThat(clockMoved.get("running").asInt()).isEqualTo(1);
            assertThat(Instant.parse(clockMoved.get("at").asString())).isEqualTo(moved);
            JsonNode view = alice.view(game).body().get("clock");
            assertThat(view.get("remaining")).isEqualTo(clockMoved.get("remaining"));
            assertThat(view.get("running")).isEqualTo(clockMoved.get("running"));
            assertThat(view.get("at")).isEqualTo(clockMoved.get("at"));
            assertThat(view.get("initial").asInt()).isEqualTo(300);
        }
    }

    @Test
    void aTurnAddsTheIncrement() {
        Game game = Game.timed(http, 2, Map.of("initial", 60, "increment", 5, "overtime", 1));
        clock.advance(Duration.ofSeconds(2));
        game.pass();
        assertThat(game.clock().get("remaining").toString()).isEqualTo("[63000,60000]");
    }

    @Test
    void eachStartedMinuteOfOvertimeCostsTenPointsInTheResult() {
        Game game = Game.timed(http, 2, Map.of("initial", 60, "increment", 0, "overtime", 5));
        clock.advance(Duration.ofSeconds(60 + 65));
        game.pass();
        for (int pass = 0; pass < 5; pass++) {
            game.pass();
        }
        JsonNode result = game.view().get("result");
        assertThat(result.get("reason").asString()).isEqualTo("scoreless");
        assertThat(result.get("adjustments").toString())
                .contains("{\"seat\":0,\"rack\":\"\",\"points\":-20,\"type\":\"penalty\"}");
        List<JsonNode> penalties = new ArrayList<>();
        result.get("adjustments").forEach(a -> {
            if (a.get("type").asString().equals("penalty")) {
                penalties.add(a);
            }
        });
        assertThat(penalties).hasSize(1);
        int rackValue = -result.get("adjustments").get(0).get("points").asInt();
        assertThat(result.get("scores").get(0).asInt()).isEqualTo(-rackValue - 20);
    }

    @Test
    void thePlayerWhoUsesUpTheOvertimeLosesATwoPlayerGameWithoutAnyoneAsking() {
        Game game = Game.timed(http, 2, Map.of("initial", 60, "increment", 0, "overtime", 1));
        try (EventStream bobs = EventStream.open(port, game.id, game.players.get(1).token())) {
            bobs.await("snapshot");
            clock.advance(Duration.ofSeconds(60 + 60));

            JsonNode ended = json.readTree(bobs.await(e -> e.type().equals("ended"), TIMER).data());
            assertThat(ended.get("result").get("reason").asString()).isEqualTo("timeout");
            assertThat(ended.get("result").get("winners").toString()).isEqualTo("[1]");
            assertThat(ended.get("result").get("adjustments").toString())
                    .isEqualTo("[{\"seat\":0,\"rack\":\"\",\"points\":-10,\"type\":\"penalty\"}]");
            assertThat(ended.get("clock").get("remaining").toString()).isEqualTo("[-60000,60000]");
            assertThat(ended.get("clock").get("running").isNull()).isTrue();
        }
        JsonNode view = game.view();
        assertThat(view.get("status").asString()).isEqualTo("finished");
        assertThat(view.get("moves").get(0).get("type").asString()).isEqualTo("timeout");
    }

    @Test
    void withThreePlayersTheOneOutOfTimeIsOutAndTheOthersPlayOn() {
        Game game = Game.timed(http, 3, Map.of("initial", 60, "increment", 0, "overtime", 0));
        clock.advance(Duration.ofSeconds(10));
        game.pass();
        clock.advance(Duration.ofSeconds(60));

        await().atMost(TIMER).until(() -> game.view().get("seats").get(1).get("resigned").asBoolean());
        JsonNode view = game.view();
        assertThat(view.get("status").asString()).isEqualTo("active");
        assertThat(view.get("turn").asInt()).isEqualTo(2);
        assertThat(view.get("clock").get("running").asInt()).isEqualTo(2);
        assertThat(game.players.get(1).pass(game.id, view.get("version").asInt()).code()).isEqualTo("not-your-turn");
        assertThat(game.players.get(2).pass(game.id, view.get("version").asInt()).status()).isEqualTo(200);
    }

    @Test
    void anUntimedGameEndsWhenAMoveDoesNotComeWithinTheLimit() {
        Game game = Game.timed(http, 2, null);
        assertThat(game.view().get("clock").isNull()).isTrue();
        clock.advance(Duration.ofHours(1));
        game.pass();
        clock.advance(Duration.ofHours(72).minusSeconds(1));
        assertThat(game.view().get("status").asString()).isEqualTo("active");
        clock.advance(Duration.ofSeconds(1));

        await().atMost(TIMER).until(() -> game.view().get("status").asString().equals("finished"));
        JsonNode result = game.view().get("result");
        assertThat(result.get("reason").asString()).isEqualTo("timeout");
        assertThat(result.get("winners").toString()).isEqualTo("[0]");
    }

    @Test
    void aTimeControlOutOfRangeIsInvalidClock() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        List<String> bodies = List.of(
                "{\"clock\": {\"initial\": 59}}",
                "{\"clock\": {\"initial\": 7201}}",
                "{\"clock\": {\"initial\": 600, \"increment\": 61}}",
                "{\"clock\": {\"initial\": 600, \"overtime\": 11}}",
                "{\"clock\": {\"initial\": 600, \"overtime\": -1}}",
                "{\"clock\": {\"initial\": \"600\"}}",
                "{\"clock\": {\"initial\": 600.5}}",
                "{\"clock\": {\"initial\": 600, \"delay\": 3}}",
                "{\"clock\": 600}");
        for (String body : bodies) {
            ApiPlayer.Reply reply = alice.post("/api/games", body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.code()).as(body).isEqualTo("invalid-clock");
        }
        JsonNode defaults = alice.post("/api/games", "{\"seats\": 2}").body().get("clock");
        assertThat(defaults.get("initial").asInt()).isEqualTo(1200);
        assertThat(defaults.get("increment").asInt()).isEqualTo(0);
        assertThat(defaults.get("overtime").asInt()).isEqualTo(1);
    }

    /** A started game between fresh players, seat 0 to move. */
    private record Game(WebTestClient http, String id, List<ApiPlayer> players) {

        static Game timed(WebTestClient http, int seats, Map<String, Integer> clock) {
            List<ApiPlayer> players = new ArrayList<>();
            for (int seat = 0; seat < seats; seat++) {
                players.add(ApiPlayer.register(http, "p"));
            }
            String body = "{\"seats\": " + seats + ", \"clock\": " + json.writeValueAsString(clock) + "}";
            ApiPlayer.Reply created = players.getFirst().post("/api/games", body);
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            String id = created.body().get("id").asString();
            players.subList(1, seats).forEach(player -> player.join(id));
            players.getFirst().start(id);
            return new Game(http, id, players);
        }

        JsonNode view() {
            return players.getFirst().view(id).body();
        }

        JsonNode clock() {
            return view().get("clock");
        }

        void pass() {
            JsonNode view = view();
            ApiPlayer.Reply reply = players.get(view.get("turn").asInt()).pass(id, view.get("version").asInt());
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        }
    }
}
