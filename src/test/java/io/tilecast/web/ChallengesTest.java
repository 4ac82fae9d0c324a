package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.search.WordFinder;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ChallengeTable;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API.md "Challenge rules", over HTTP, with two and with four players. */
@IntegrationTest
class ChallengesTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    private ChallengeTable table(int seats, String rule) {
        List<ApiPlayer> players = IntStream.range(0, seats).mapToObj(i -> ApiPlayer.register(http, "ch")).toList();
        return ChallengeTable.start(players, rule);
    }

    /** A table whose first player has a word to play; some deals give a rack with none. */
    private ChallengeTable tableWithWord(int seats, String rule) {
        for (int deal = 0; deal < 20; deal++) {
            ChallengeTable game = table(seats, rule);
            if (game.hasWord()) {
                return game;
            }
        }
        throw new AssertionError("twenty deals without a word for the first player");
    }

    @ParameterizedTest(name = "{0} players, {1}")
    @CsvSource({"2, single", "2, double", "2, five-point", "2, ten-point", "4, single", "4, double", "4, five-point",
            "4, ten-point"})
    void aPhonyChallengedIsWithdrawnAndOnlyItsPlayerSeesTheRackComeBack(int seats, String rule) {
        ChallengeTable game = table(seats, rule);
        JsonNode before = game.view(0);
        try (EventStream own = EventStream.open(port, game.id(), game.seat(0).token());
             EventStream challenger = EventStream.open(port, game.id(), game.seat(seats - 1).token());
             EventStream spectator = EventStream.open(port, game.id(), null)) {
            List.of(own, challenger, spectator).forEach(stream -> stream.await("snapshot"));
            ApiPlayer.Reply placed = game.playPhony();
            assertThat(placed.status()).as(placed.raw()).isEqualTo(200);
            assertThat(placed.raw()).doesNotContain("phony");
            JsonNode pending = game.view(1);
            assertThat(pending.get("pending").asInt()).isZero();
            assertThat(pending.get("challenge").asString()).isEqualTo(rule);

            ApiPlayer.Reply challenged = game.challenge(seats - 1, placed.version());

            assertThat(challenged.status()).as(challenged.raw()).isEqualTo(200);
            assertThat(challenged.body().get("phony").asBoolean()).isTrue();
            JsonNode after = game.view(0);
            assertThat(after.get("board")).isEqualTo(before.get("board"));
            assertThat(after.get("rack")).isEqualTo(before.get("rack"));
            assertThat(after.get("bag").asInt()).isEqualTo(before.get("bag").asInt());
            assertThat(after.get("seats").get(0).get("score").asInt()).isZero();
            assertThat(after.get("turn").asInt()).isEqualTo(1);
            assertThat(after.has("pending")).isFalse();
            JsonNode toOwn = json.readTree(own.await("challenged").data());
            assertThat(toOwn.get("rack").asString()).isEqualTo(before.get("rack").asString());
            assertThat(toOwn.get("phony").asBoolean()).isTrue();
            assertThat(toOwn.get("by").asInt()).isEqualTo(seats - 1);
            assertThat(toOwn.get("seat").asInt()).isZero();
            assertThat(toOwn.get("words")).isNotEmpty();
            assertThat(toOwn.get("bonus").asInt()).isZero();
            for (EventStream other : List.of(challenger, spectator)) {
                JsonNode shown = json.readTree(other.await("challenged").data());
                assertThat(shown.has("rack")).isFalse();
                assertThat(shown.get("words")).isEqualTo(toOwn.get("words"));
                assertThat(shown.get("scores")).isEqualTo(toOwn.get("scores"));
            }
        }
    }

    @ParameterizedTest(name = "{0} players, {1}")
    @CsvSource({"2, single", "2, double", "2, five-point", "2, ten-point", "4, single", "4, double", "4, five-point",
            "4, ten-point"})
    void aValidPlayChallengedCostsWhatTheRuleSays(int seats, String rule) {
        ChallengeTable game = tableWithWord(seats, rule);
        ApiPlayer.Reply placed = game.playValid().orElseThrow();
        assertThat(placed.status()).as(placed.raw()).isEqualTo(200);
        int score = placed.body().get("score").asInt();
        int words = placed.body().get("words").size();
        int challenger = seats - 1;

        ApiPlayer.Reply challenged = game.challenge(challenger, placed.version());

        assertThat(challenged.status()).as(challenged.raw()).isEqualTo(200);
        assertThat(challenged.body().get("phony").asBoolean()).isFalse();
        JsonNode view = game.view(0);
        int bonus = switch (rule) {
            case "five-point" -> 5 * words;
            case "ten-point" -> 10 * words;
            default -> 0;
        };
        assertThat(view.get("seats").get(0).get("score").asInt()).isEqualTo(score + bonus);
        if (!rule.equals("double")) {
            assertThat(view.get("turn").asInt()).isEqualTo(1);
        } else if (seats == 2) {
            assertThat(view.get("turn").asInt()).as("the challenger lost their turn").isZero();
        } else {
            assertThat(view.get("turn").asInt()).isEqualTo(1);
            int version = view.get("version").asInt();
            version = game.seat(1).pass(game.id(), version).version();
            version = game.seat(2).pass(game.id(), version).version();
            assertThat(game.view(0).get("turn").asInt()).as("seat 3 lost its next turn").isZero();
            assertThat(game.seat(3).pass(game.id(), version).code()).isEqualTo("not-your-turn");
        }
    }

    @ParameterizedTest(name = "{0} players")
    @ValueSource(ints = {2, 4})
    void aChallengeWithNothingPendingIsRefusedAndChangesNothing(int seats) {
        ChallengeTable voidGame = tableWithWord(seats, "void");
        assertThat(voidGame.playValid().orElseThrow().status()).isEqualTo(200);
        unchangedAfter(voidGame, 1, "nothing-to-challenge");

        ChallengeTable game = table(seats, "double");
        unchangedAfter(game, 1, "nothing-to-challenge");
        ApiPlayer.Reply placed = game.playPhony();
        unchangedAfter(game, 0, "nothing-to-challenge"); // one's own play
        int passed = game.seat(1).pass(game.id(), placed.version()).version();
        assertThat(passed).isEqualTo(placed.version() + 1);
        unchangedAfter(game, seats - 1, "nothing-to-challenge"); // the next player acted: the play stands
    }

    private static void unchangedAfter(ChallengeTable game, int seat, String code) {
        JsonNode before = game.view(seat);
        ApiPlayer.Reply refused = game.challenge(seat, before.get("version").asInt());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(game.view(seat)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} players")
    @ValueSource(ints = {2, 4})
    void ofTwoChallengesAtOnceTheFirstDecides(int seats) throws Exception {
        ChallengeTable game = table(seats, "single");
        int version = game.playPhony().version();
        List<Integer> challengers = seats == 2 ? List.of(1, 1) : List.of(1, 2, 3);
        CountDownLatch ready = new CountDownLatch(1);
        List<CompletableFuture<ApiPlayer.Reply>> replies = new ArrayList<>();
        for (int seat : challengers) {
            replies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return game.challenge(seat, version);
            }));
        }
        ready.countDown();
        List<ApiPlayer.Reply> answers = new ArrayList<>();
        for (CompletableFuture<ApiPlayer.Reply> reply : replies) {
            answers.add(reply.get());
        }

        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(challengers.size() - 1)
                .allMatch(a -> a.code().equals("nothing-to-challenge"));
        assertThat(game.version()).isEqualTo(version + 1);
    }

    @ParameterizedTest(name = "{0} players")
    @ValueSource(ints = {2, 4})
    void goingOutEndsTheGameOnlyAtTheNextPlayersPass(int seats) {
        ChallengeTable game = table(seats, "double").playUntilOut();
        int goer = (game.toMove() + seats - 1) % seats;
        int next = game.toMove();
        JsonNode before = game.view(next);
        assertThat(before.get("status").asString()).isEqualTo("active");
        assertThat(before.get("pending").asInt()).isEqualTo(goer);

        ApiPlayer.Reply placed = game.dump();
        assertThat(placed.status()).isEqualTo(409);
        assertThat(placed.code()).isEqualTo("final-pass-expected");
        assertThat(game.view(next)).isEqualTo(before);

        ApiPlayer.Reply passed = game.seat(next).pass(game.id(), before.get("version").asInt());

        assertThat(passed.status()).as(passed.raw()).isEqualTo(200);
        JsonNode over = game.view(0);
        assertThat(over.get("status").asString()).isEqualTo("finished");
        assertThat(over.get("result").get("reason").asString()).isEqualTo("out");
    }

    @ParameterizedTest(name = "{0} players")
    @ValueSource(ints = {2, 4})
    void goingOutThenAChallengeDecidesByThePlay(int seats) {
        ChallengeTable game = table(seats, "five-point").playUntilOut();
        int goer = (game.toMove() + seats - 1) % seats;
        int challenger = (goer + seats - 1) % seats;
        JsonNode moves = game.view(0).get("moves");
        boolean phony = !Lexicon.english().contains(
                moves.get(moves.size() - 1).get("words").get(0).get("word").asString());

        ApiPlayer.Reply challenged = game.challenge(challenger, game.version());

        assertThat(challenged.status()).as(challenged.raw()).isEqualTo(200);
        assertThat(challenged.body().get("phony").asBoolean()).isEqualTo(phony);
        JsonNode after = game.view(goer);
        assertThat(after.get("status").asString()).isEqualTo(phony ? "active" : "finished");
        if (phony) {
            assertThat(after.get("rack").asString()).isNotEmpty();
            assertThat(after.get("turn").asInt()).isEqualTo((goer + 1) % seats);
        }
    }

    @Test
    void theSteadyBotChallengesAPhonyAndLetsAValidPlayStand() {
        ApiPlayer ann = ApiPlayer.register(http, "ann");
        ApiPlayer.Reply created = ann.post("/api/games", Map.of("opponent", "bot-steady", "challenge", "double"));
        ChallengeTable game = new ChallengeTable(created.body().get("id").asString(), List.of(ann));
        try (EventStream stream = EventStream.open(port, game.id(), ann.token())) {
            stream.await("snapshot");
            JsonNode before = game.view(0);

            assertThat(game.playPhony().status()).isEqualTo(200);

            JsonNode challenged = json.readTree(stream.await("challenged").data());
            assertThat(challenged.get("by").asInt()).isEqualTo(1);
            assertThat(challenged.get("rack").asString()).isEqualTo(before.get("rack").asString());
            JsonNode botMove = json.readTree(stream.await("moved").data());
            assertThat(botMove.get("move").get("seat").asInt()).isEqualTo(1);
            assertThat(botMove.get("move").get("type").asString()).isIn("place", "exchange", "pass");

            JsonNode mine = game.view(0);
            var valid = WordFinder.play(ApiPlayer.board(mine), mine.get("rack").asString(), Lexicon.english());
            if (valid.isPresent() && mine.get("turn").asInt() == 0) {
                assertThat(ann.place(game.id(), mine.get("version").asInt(), valid.get()).status()).isEqualTo(200);
                EventStream.Event next = stream.await(e -> e.type().equals("challenged") || e.type().equals("moved")
                        && json.readTree(e.data()).get("move").get("seat").asInt() == 1, Duration.ofSeconds(10));
                assertThat(next.type()).as("no challenge of a valid play").isEqualTo("moved");
            }
        }
    }

    @Test
    void theRuleIsChosenAtCreationAndShownInTheLobby() {
        ApiPlayer alice = ApiPlayer.register(http, "lobby");
        ApiPlayer.Reply bad = alice.post("/api/games", Map.of("challenge", "triple"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("invalid-challenge");
        assertThat(alice.post("/api/games", Map.of()).body().get("challenge").asString()).isEqualTo("void");

        String id = alice.post("/api/games", Map.of("challenge", "ten-point")).body().get("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> alice.get("/api/games?status=waiting").raw().contains(id));
        JsonNode listed = null;
        for (JsonNode summary : alice.get("/api/games?status=waiting").body().get("games")) {
            if (summary.get("id").asString().equals(id)) {
                listed = summary;
            }
        }
        assertThat(listed.get("challenge").asString()).isEqualTo("ten-point");
    }
}
