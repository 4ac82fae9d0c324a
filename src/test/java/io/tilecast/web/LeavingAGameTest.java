package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import io.tilecast.support.TestClock;
import java.time.Duration;
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
 * API.md, "Leaving a game": presence from the host, abort before every seat has moved, and a claim
 * against a player to move who has had no stream for {@code claim-after} (60 s), with the server's
 * time moved on by the test.
 */
@IntegrationTest
@Import(TestClock.Installed.class)
class LeavingAGameTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final TestClock clock = TestClock.SHARED;
    private static final Duration TIMER = Duration.ofSeconds(20);
    private static final Duration CLAIM_AFTER = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void eitherPlayerMayAbortBeforeEverySeatHasMovedAndNobodyWins() {
        StartedGame game = StartedGame.start(http);
        int version = game.alice().view(game.id()).version();

        Reply aborted = abort(game.bob(), game.id(), version);

        assertThat(aborted.status()).as(aborted.raw()).isEqualTo(200);
        assertThat(aborted.body().get("over").asBoolean()).isTrue();
        JsonNode view = game.alice().view(game.id()).body();
        assertThat(view.get("status").asString()).isEqualTo("finished");
        assertThat(view.get("result").get("reason").asString()).isEqualTo("aborted");
        assertThat(view.get("result").get("winners").toString()).isEqualTo("[]");
        assertThat(view.get("moves").get(0).get("type").asString()).isEqualTo("abort");
        assertThat(view.get("seats").get(0).get("out").isNull()).isTrue();
    }

    @Test
    void theSecondPlayerMayStillAbortAfterTheFirstHasMoved() {
        StartedGame game = StartedGame.start(http);
        int version = game.passes(1);

        assertThat(abort(game.bob(), game.id(), version).status()).isEqualTo(200);
        assertThat(game.bob().view(game.id()).body().get("result").get("reason").asString()).isEqualTo("aborted");
    }

    @Test
    void onceEverySeatHasMovedItIsTooLateToAbort() {
        StartedGame game = StartedGame.start(http);
        int version = game.passes(2);

        Reply refused = abort(game.alice(), game.id(), version);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("too-late-to-abort");
        assertThat(game.alice().view(game.id()).body().get("status").asString()).isEqualTo("active");
    }

    @Test
    void onlyASeatedPlayerMayAbort() {
        StartedGame game = StartedGame.start(http);
        ApiPlayer carol = ApiPlayer.register(http, "carol");

        Reply refused = abort(carol, game.id(), game.alice().view(game.id()).version());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("not-seated");
    }

    @Test
    void aGameAgainstTheComputerCanBeAbortedTheSameWay() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        JsonNode created = alice.post("/api/games", Map.of("opponent", "bot-beginner")).body();
        String game = created.get("id").asString();

        Reply aborted = abort(alice, game, created.get("version").asInt());

        assertThat(aborted.status()).as(aborted.raw()).isEqualTo(200);
        assertThat(alice.view(game).body().get("result").get("reason").asString()).isEqualTo("aborted");
    }

    @Test
    void theComputerIsAlwaysPresent() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        JsonNode created = alice.post("/api/games", Map.of("opponent", "bot-beginner")).body();
        clock.advance(CLAIM_AFTER.plusSeconds(10));

        await().atMost(TIMER).until(() -> !present(alice, created.get("id").asString()).get(0));
        assertThat(present(alice, created.get("id").asString())).containsExactly(false, true);
    }

    @Test
    void aClaimWhileThePlayerToMoveWatchesIsRefused() {
        StartedGame game = StartedGame.start(http);
        try (EventStream alices = EventStream.open(port, game.id(), game.alice().token())) {
            alices.await("snapshot");
            clock.advance(CLAIM_AFTER.multipliedBy(2));

            Reply refused = claim(game.bob(), game.id(), game.bob().view(game.id()).version());

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("opponent-present");
            assertThat(present(game.bob(), game.id()).get(0)).isTrue();
        }
    }

    @Test
    void aPlayerAwayIsShownAwayWithoutAnIdAndMayBeClaimedAgainstOnlyAfterClaimAfter() {
        StartedGame game = StartedGame.start(http);
        try (EventStream bobs = EventStream.open(port, game.id(), game.bob().token())) {
            bobs.await("snapshot");
            EventStream alices = EventStream.open(port, game.id(), game.alice().token());
            alices.await("snapshot");
            alices.close();

            awaitAway(game.bob(), game.id(), 0);
            EventStream.Event away = bobs.await(e -> e.type().equals("presence"), TIMER);
            assertThat(away.id()).isNull();
            JsonNode presence = json.readTree(away.data());
            assertThat(presence.get("present").toString()).isEqualTo("[false,true]");
            assertThat(presence.get("awaySince").get(0).isString()).isTrue();
            assertThat(presence.get("awaySince").get(1).isNull()).isTrue();
            assertThat(presence.get("claimable").toString()).isEqualTo("[false,false]");
            assertThat(presence.get("claimAfter").asInt()).isEqualTo(60);

            int version = game.bob().view(game.id()).version();
            Reply tooSoon = claim(game.bob(), game.id(), version);
            assertThat(tooSoon.status()).isEqualTo(409);
            assertThat(tooSoon.code()).isEqualTo("opponent-present");

            clock.advance(CLAIM_AFTER);
            bobs.await(e -> e.type().equals("presence") && e.data().contains("\"claimable\":[true,false]"), TIMER);
            assertThat(game.bob().view(game.id()).body().get("claimable").toString()).isEqualTo("[true,false]");
            Reply claimed = claim(game.bob(), game.id(), version);
            assertThat(claimed.status()).as(claimed.raw()).isEqualTo(200);
            assertThat(claimed.body().get("over").asBoolean()).isTrue();

            bobs.await(e -> e.type().equals("ended"), TIMER);
            JsonNode ended = game.bob().view(game.id()).body();
            assertThat(ended.get("result").get("reason").asString()).isEqualTo("abandoned");
            assertThat(ended.get("result").get("winners").toString()).isEqualTo("[1]");
            assertThat(ended.get("seats").get(0).get("out").asString()).isEqualTo("abandoned");
            assertThat(ended.get("seats").get(1).get("out").isNull()).isTrue();
            assertThat(ended.get("moves").get(0).get("type").asString()).isEqualTo("abandoned");
        }
    }

    @Test
    void aReturningPlayerIsShownPresentAgainAtOnce() {
        StartedGame game = StartedGame.start(http);
        try (EventStream bobs = EventStream.open(port, game.id(), game.bob().token())) {
            bobs.await("snapshot");
            awaitAway(game.bob(), game.id(), 0);
            try (EventStream alices = EventStream.open(port, game.id(), game.alice().token())) {
                JsonNode snapshot = json.readTree(alices.await("snapshot").data());
                assertThat(snapshot.get("present").toString()).isEqualTo("[true,true]");
                bobs.await(e -> e.type().equals("presence") && e.data().contains("[true,true]"), TIMER);
                assertThat(present(game.bob(), game.id())).containsExactly(true, true);
            }
        }
    }

    @Test
    void inAFourPlayerGameTheClaimedSeatIsOutAndTheOthersPlayOn() {
        List<ApiPlayer> players = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            players.add(ApiPlayer.register(http, "p"));
        }
        String game = players.get(0).create(4).body().get("id").asString();
        players.subList(1, 4).forEach(p -> p.join(game));
        players.get(0).start(game);
        clock.advance(CLAIM_AFTER.plusSeconds(1));
        await().atMost(TIMER).until(() -> !present(players.get(2), game).get(0));

        Reply claimed = claim(players.get(2), game, players.get(2).view(game).version());

        assertThat(claimed.status()).as(claimed.raw()).isEqualTo(200);
        assertThat(claimed.body().get("over").asBoolean()).isFalse();
        JsonNode view = players.get(2).view(game).body();
        assertThat(view.get("status").asString()).isEqualTo("active");
        assertThat(view.get("turn").asInt()).isEqualTo(1);
        assertThat(view.get("seats").get(0).get("out").asString()).isEqualTo("abandoned");
        assertThat(view.get("seats").get(0).get("resigned").asBoolean()).isTrue();
        assertThat(players.get(1).pass(game, view.get("version").asInt()).status()).isEqualTo(200);
    }

    @Test
    void aResignationAndATimeoutAreShownAsWhatTheyWere() {
        StartedGame game = StartedGame.start(http);
        game.alice().move(game.id(), Map.of("type", "resign", "version", game.alice().view(game.id()).version()));
        JsonNode resigned = game.bob().view(game.id()).body();
        assertThat(resigned.get("seats").get(0).get("out").asString()).isEqualTo("resigned");
        assertThat(resigned.get("seats").get(1).get("out").isNull()).isTrue();

        ApiPlayer carol = ApiPlayer.register(http, "carol");
        ApiPlayer dan = ApiPlayer.register(http, "dan");
        String timed = carol.post("/api/games", Map.of("seats", 2,
                "clock", Map.of("initial", 60, "increment", 0, "overtime", 0))).body().get("id").asString();
        dan.join(timed);
        carol.start(timed);
        clock.advance(Duration.ofSeconds(61));
        await().atMost(TIMER).until(() -> dan.view(timed).body().get("status").asString().equals("finished"));
        assertThat(dan.view(timed).body().get("seats").get(0).get("out").asString()).isEqualTo("timeout");
    }

    /** Moves the server's time on until the seat is shown away: just past the grace period. */
    private static void awaitAway(ApiPlayer watcher, String game, int seat) {
        await().atMost(TIMER).pollInterval(Duration.ofMillis(250)).until(() -> {
            clock.advance(Duration.ofSeconds(1));
            return !present(watcher, game).get(seat);
        });
    }

    private static List<Boolean> present(ApiPlayer viewer, String game) {
        List<Boolean> present = new ArrayList<>();
        viewer.view(game).body().get("present").forEach(seat -> present.add(seat.asBoolean()));
        return present;
    }

    private static Reply abort(ApiPlayer player, String game, int version) {
        return player.move(game, Map.of("type", "abort", "version", version));
    }

    private static Reply claim(ApiPlayer player, String game, int version) {
        return player.move(game, Map.of("type", "claim", "version", version));
    }
}
