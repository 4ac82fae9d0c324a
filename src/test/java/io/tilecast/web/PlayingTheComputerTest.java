package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Position;
import io.tilecast.game.search.Steady;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A person plays a whole game against each computer level over HTTP: the game starts at once, each
 * bot reply arrives on the person's live stream as an ordinary move, and the game ends normally.
 */
@IntegrationTest
class PlayingTheComputerTest {

    private static final MoveGenerator MOVES = MoveGenerator.of(Lexicon.english());

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void theBotsAreListedWeakestFirstAndArePlayers() {
        ApiPlayer anyone = ApiPlayer.spectator(http);
        JsonNode bots = anyone.get("/api/bots").body().get("bots");
        List<Integer> levels = new ArrayList<>();
        bots.forEach(bot -> levels.add(bot.get("level").asInt()));
        assertThat(levels).hasSizeGreaterThanOrEqualTo(3).isSorted();
        for (JsonNode bot : bots) {
            Reply profile = anyone.get("/api/players/" + bot.get("id").asString());
            assertThat(profile.status()).isEqualTo(200);
            assertThat(profile.body().get("bot").asBoolean()).isTrue();
            assertThat(profile.body().get("name").asString()).isEqualTo(bot.get("name").asString());
        }
    }

    @Test
    void anUnknownBotIsABadRequest() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        Reply reply = alice.post("/api/games", Map.of("opponent", "bot-nobody"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("unknown-bot");
        assertThat(alice.get("/api/players/" + alice.id()).body().get("bot").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bot-beginner", "bot-steady", "bot-expert"})
    void aWholeGameAgainstTheComputer(String bot) {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        Reply created = alice.post("/api/games", Map.of("opponent", bot));
        assertThat(created.status()).isEqualTo(201);
        JsonNode view = created.body();
        String game = view.get("id").asString();
        assertThat(view.get("status").asString()).isEqualTo("active");
        assertThat(view.get("turn").asInt()).isZero();
        assertThat(view.get("seats").get(1).get("player").get("id").asString()).isEqualTo(bot);

        SplittableRandom random = new SplittableRandom(7);
        try (EventStream stream = EventStream.open(port, game, alice.token())) {
            stream.await("snapshot");
            for (int turn = 0; turn < 200 && !view.get("status").asString().equals("finished"); turn++) {
                assertThat(view.get("turn").asInt()).isZero();
                Reply moved = alice.move(game, ApiPlayer.moveBody(view, new Steady().choose(ApiPlayer.position(view), MOVES, random)));
                assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
                if (moved.body().get("over").asBoolean()) {
                    break;
                }
                int mine = moved.version();
                // The bot's reply is the next event after mine: its move, or the end of the game.
                stream.await(event -> Integer.parseInt(event.id()) > mine
                        && (event.type().equals("moved") || event.type().equals("ended")), Duration.ofSeconds(30));
                view = alice.view(game).body();
            }
        }
        view = alice.view(game).body();
        assertThat(view.get("status").asString()).isEqualTo("finished");
        assertThat(view.get("result").get("reason").asString()).isIn("out", "scoreless");
        List<JsonNode> botMoves = new ArrayList<>();
        view.get("moves").forEach(move -> {
            if (move.get("seat").asInt() == 1) {
                botMoves.add(move);
            }
        });
        assertThat(botMoves).isNotEmpty().anyMatch(move -> move.get("type").asString().equals("place"));
        theWholeRecordIsPublicOnceFinished(alice, game, view);
    }

    @Test
    void aRematchAgainstTheComputerStartsAtOnceWithTheSameBot() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        JsonNode created = alice.post("/api/games", Map.of("opponent", "bot-steady")).body();
        String old = created.get("id").asString();
        assertThat(alice.move(old, Map.of("type", "resign", "version", created.get("version").asInt())).status())
                .isEqualTo(200);

        Reply rematch = alice.post("/api/games/" + old + "/rematch", null);
        assertThat(rematch.status()).as(rematch.raw()).isEqualTo(201);
        assertThat(rematch.body().get("status").asString()).isEqualTo("active");
        assertThat(rematch.body().get("seats").get(1).get("player").get("id").asString()).isEqualTo("bot-steady");
        assertThat(rematch.body().get("seats").get(0).get("player").get("id").asString()).isEqualTo(alice.id());
    }

    @Test
    void whileTheGameIsPlayedNobodyGetsItsAnalysisOrAnotherRack() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        JsonNode created = alice.post("/api/games", Map.of("opponent", "bot-expert")).body();
        String game = created.get("id").asString();
        String rack = created.get("rack").asString();
        alice.pass(game, created.get("version").asInt());

        Reply analysis = alice.get("/api/games/" + game + "/analysis");
        assertThat(analysis.status()).isEqualTo(409);
        assertThat(analysis.code()).isEqualTo("game-not-finished");
        alice.view(game).body().get("moves").forEach(move -> assertThat(move.has("rack")).isFalse());
        assertThat(alice.get("/api/games/" + game + "/gcg").raw()).contains(">" + alice.name() + ":").doesNotContain(rack);
        assertThat(alice.get("/api/games/nowhere-xyz/analysis").status()).isEqualTo(404);
    }

    /** Every turn's rack in the view, the GCG and the analysis; the best play is at least as good as the one played. */
    private void theWholeRecordIsPublicOnceFinished(ApiPlayer alice, String game, JsonNode view) {
        ApiPlayer spectator = ApiPlayer.spectator(http);
        JsonNode seen = spectator.view(game).body();
        String gcg = spectator.get("/api/games/" + game + "/gcg").raw();
        JsonNode analysis = spectator.get("/api/games/" + game + "/analysis").body().get("moves");
        assertThat(analysis).hasSize(seen.get("moves").size());
        for (int i = 0; i < analysis.size(); i++) {
            JsonNode move = seen.get("moves").get(i);
            JsonNode review = analysis.get(i);
            String rack = move.get("rack").asString();
            assertThat(rack).isNotEmpty();
            assertThat(review.get("rack").asString()).isEqualTo(rack);
            assertThat(review.get("version").asInt()).isEqualTo(move.get("version").asInt());
            assertThat(review.get("seat").asInt()).isEqualTo(move.get("seat").asInt());
            String name = seen.get("seats").get(move.get("seat").asInt()).get("player").get("name").asString();
            assertThat(gcg).contains(">" + name.replace(' ', '_') + ": " + rack + " ");
            if (move.get("type").asString().equals("place")) {
                assertThat(review.get("played").get("score").asInt()).isEqualTo(move.get("score").asInt());
                assertThat(review.get("best").get("score").asInt()).isGreaterThanOrEqualTo(move.get("score").asInt());
                assertThat(review.get("best").get("words")).isNotEmpty();
            }
        }
        assertThat(spectator.get("/api/games/" + game + "/analysis").raw())
                .isEqualTo(alice.get("/api/games/" + game + "/analysis").raw());
    }

}
