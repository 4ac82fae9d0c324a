package io.tilecast.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A game's chat over HTTP: who writes to which channel, who sees it on the stream and in {@code GET …/chat}, and that
 * nothing a player may not see ever reaches them. A line is known not to have reached a stream when a later line,
 * handed to the same stream after it, arrives without it.
 */
@IntegrationTest
@TestPropertySource(properties = "tilecast.limits.chat.per-address=1000/30s")
class ChatTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void duringTheGameTheSpectatorsLinesNeverReachThePlayers() {
        StartedGame game = StartedGame.start(http);
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        try (EventStream alices = EventStream.open(port, game.id(), game.alice().token());
             EventStream bobs = EventStream.open(port, game.id(), game.bob().token());
             EventStream carols = EventStream.open(port, game.id(), carol.token());
             EventStream visitors = EventStream.open(port, game.id(), null)) {
            List.of(alices, bobs, carols, visitors).forEach(stream -> stream.await("snapshot"));

            Reply hello = say(game.alice(), game.id(), "good luck");
            Reply aside = say(carol, game.id(), "bob should play QI");
            Reply thanks = say(game.bob(), game.id(), "you too");

            assertThat(hello.status()).as(hello.raw()).isEqualTo(202);
            assertThat(hello.body().get("channel").asString()).isEqualTo("players");
            assertThat(aside.body().get("channel").asString()).isEqualTo("spectators");
            for (EventStream player : List.of(alices, bobs)) {
                assertThat(chatUntil(player, "you too")).containsExactly("good luck", "you too");
            }
            for (EventStream spectator : List.of(carols, visitors)) {
                assertThat(chatUntil(spectator, "you too")).containsExactly("good luck", "bob should play QI", "you too");
            }
            EventStream.Event line = carols.events().stream().filter(e -> e.type().equals("chat")).findFirst()
                    .orElseThrow();
            assertThat(line.id()).isNull();
            JsonNode data = json.readTree(line.data());
            assertThat(data.get("from").get("id").asString()).isEqualTo(game.alice().id());
            assertThat(data.get("from").get("name").asString()).isEqualTo(game.alice().name());
            assertThat(data.get("id").asString()).isEqualTo(hello.body().get("id").asString());
            assertThat(data.get("at").asString()).isNotEmpty();
            assertThat(thanks.status()).isEqualTo(202);
        }
        assertThat(texts(game.alice().get("/api/games/" + game.id() + "/chat"))).containsExactly("good luck", "you too");
        assertThat(texts(game.bob().get("/api/games/" + game.id() + "/chat"))).containsExactly("good luck", "you too");
        assertThat(texts(carol.get("/api/games/" + game.id() + "/chat")))
                .containsExactly("good luck", "bob should play QI", "you too");
        assertThat(texts(ApiPlayer.spectator(http).get("/api/games/" + game.id() + "/chat")))
                .containsExactly("good luck", "bob should play QI", "you too");
    }

    @Test
    void afterTheEndEveryoneSeesBothChannelsAndTheChatIsClosed() {
        StartedGame game = StartedGame.start(http);
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        say(game.alice(), game.id(), "hello");
        say(carol, game.id(), "what a game");

        game.passes(6);

        assertThat(texts(game.alice().get("/api/games/" + game.id() + "/chat"))).containsExactly("hello", "what a game");
        Reply late = say(game.bob(), game.id(), "gg");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("game-not-active");
    }

    @Test
    void textThatIsNotChatIsRefusedAndNothingIsSaid() {
        StartedGame game = StartedGame.start(http);
        String path = "/api/games/" + game.id() + "/chat";
        List<Object> bodies = List.of(Map.of("text", ""), Map.of("text", "   \t "), Map.of("text", "x".repeat(301)),
                Map.of("text", "bell\u0007"), Map.of("text", "two\nlines"), Map.of("text", "nul\u0000"), Map.of(),
                Map.of("text", 5), "{\"text\": ", "[]");
        for (Object body : bodies) {
            Reply refused = game.alice().post(path, body);
            assertThat(refused.status()).as(String.valueOf(body)).isEqualTo(400);
            assertThat(refused.code()).as(String.valueOf(body)).isEqualTo("invalid-chat");
        }
        assertThat(texts(game.alice().get(path))).isEmpty();

        assertThat(say(game.alice(), game.id(), "  " + "é".repeat(300) + "  ").status()).isEqualTo(202);
        assertThat(say(game.alice(), game.id(), "🙂".repeat(300)).status()).isEqualTo(202);
        assertThat(texts(game.alice().get(path))).containsExactly("é".repeat(300), "🙂".repeat(300));
    }

    @Test
    void onlyAPlayerMayChatAndOnlyInAGameThatExists() {
        StartedGame game = StartedGame.start(http);
        Reply visitor = say(ApiPlayer.spectator(http), game.id(), "hi");
        assertThat(visitor.status()).isEqualTo(401);
        assertThat(visitor.code()).isEqualTo("unauthenticated");
        Reply nowhere = say(game.alice(), "local-nosuchgame0000000000", "hi");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(ApiPlayer.spectator(http).get("/api/games/local-nosuchgame0000000000/chat").status()).isEqualTo(404);
        assertThat(ApiPlayer.spectator(http).get("/api/games/not-a-game/chat").status()).isEqualTo(404);
    }

    @Test
    void aFloodIsRefusedAfterTenLinesInThirtySeconds() {
        StartedGame game = StartedGame.start(http);
        for (int i = 1; i <= 10; i++) {
            assertThat(say(game.alice(), game.id(), "line " + i).status()).isEqualTo(202);
        }

        Reply flood = say(game.alice(), game.id(), "line 11");

        assertThat(flood.status()).isEqualTo(429);
        assertThat(flood.code()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(flood.headers().getFirst("Retry-After"))).isBetween(1L, 30L);
        assertThat(texts(game.bob().get("/api/games/" + game.id() + "/chat"))).hasSize(10).doesNotContain("line 11");
        assertThat(say(game.bob(), game.id(), "my turn to talk").status()).isEqualTo(202);
    }

    @Test
    void aBlockedPlayersLinesNeverReachTheBlocker() {
        StartedGame game = StartedGame.start(http);
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        assertThat(game.alice().send(org.springframework.http.HttpMethod.PUT,
                "/api/players/me/blocks/" + game.bob().id(), null).status()).isEqualTo(204);
        try (EventStream alices = EventStream.open(port, game.id(), game.alice().token());
             EventStream carols = EventStream.open(port, game.id(), carol.token())) {
            alices.await("snapshot");
            carols.await("snapshot");

            say(game.bob(), game.id(), "you will lose");
            say(game.alice(), game.id(), "anyone there?");

            assertThat(chatUntil(alices, "anyone there?")).containsExactly("anyone there?");
            assertThat(chatUntil(carols, "anyone there?")).containsExactly("you will lose", "anyone there?");
        }
        String path = "/api/games/" + game.id() + "/chat";
        assertThat(texts(game.alice().get(path))).containsExactly("anyone there?");
        assertThat(texts(game.bob().get(path))).containsExactly("you will lose", "anyone there?");
        assertThat(game.alice().get("/api/players/me/blocks").body().get("blocked").get(0).asString())
                .isEqualTo(game.bob().id());

        assertThat(game.alice().send(org.springframework.http.HttpMethod.DELETE,
                "/api/players/me/blocks/" + game.bob().id(), null).status()).isEqualTo(204);
        assertThat(texts(game.alice().get(path))).containsExactly("you will lose", "anyone there?");
    }

    @Test
    void aBlockAppliesToStreamsAlreadyOpen() {
        StartedGame game = StartedGame.start(http);
        try (EventStream alices = EventStream.open(port, game.id(), game.alice().token())) {
            alices.await("snapshot");
            block(game.alice(), game.bob());

            say(game.bob(), game.id(), "still here");
            say(game.alice(), game.id(), "quiet");

            assertThat(chatUntil(alices, "quiet")).containsExactly("quiet");
        }
    }

    @Test
    void blockingNeedsAnotherPlayerWhoExists() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        assertThat(codeOf(alice.send(org.springframework.http.HttpMethod.PUT,
                "/api/players/me/blocks/" + alice.id(), null))).isEqualTo("400 cannot-block-self");
        assertThat(codeOf(alice.send(org.springframework.http.HttpMethod.PUT,
                "/api/players/me/blocks/nobody000000000000000", null))).isEqualTo("404 player-not-found");
        assertThat(codeOf(alice.send(org.springframework.http.HttpMethod.PUT,
                "/api/players/me/blocks/bad~id", null))).isEqualTo("404 player-not-found");
        assertThat(codeOf(ApiPlayer.spectator(http).send(org.springframework.http.HttpMethod.PUT,
                "/api/players/me/blocks/" + alice.id(), null))).isEqualTo("401 unauthenticated");
        assertThat(alice.get("/api/players/me/blocks").body().get("blocked")).isEmpty();
    }

    @Test
    void aBlockedPlayerCannotJoinTheBlockersWaitingGame() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        block(alice, bob);
        String game = alice.create(3).body().get("id").asString();

        Reply refused = bob.join(game);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("blocked");
        assertThat(alice.view(game).body().get("seats")).hasSize(1);
        assertThat(carol.join(game).status()).isEqualTo(200);
        assertThat(bob.join(game).code()).isEqualTo("blocked");
        assertThat(alice.view(game).body().get("seats")).hasSize(2);
    }

    @Test
    void aReportNeedsAPlayerAndAReason() {
        StartedGame game = StartedGame.start(http);
        ApiPlayer alice = game.alice();
        String bob = game.bob().id();
        assertThat(alice.post("/api/reports", Map.of("player", bob, "game", game.id(), "reason", "rude")).status())
                .isEqualTo(202);
        assertThat(alice.post("/api/reports", Map.of("player", bob, "reason", "spam")).status()).isEqualTo(202);
        assertThat(codeOf(alice.post("/api/reports", Map.of("player", bob)))).isEqualTo("400 invalid-report");
        assertThat(codeOf(alice.post("/api/reports", Map.of("player", bob, "reason", " ")))).isEqualTo("400 invalid-report");
        assertThat(codeOf(alice.post("/api/reports", Map.of("player", bob, "reason", "x".repeat(501)))))
                .isEqualTo("400 invalid-report");
        assertThat(codeOf(alice.post("/api/reports", Map.of("player", bob, "reason", "a\u0000b"))))
                .isEqualTo("400 invalid-report");
        assertThat(codeOf(alice.post("/api/reports", Map.of("player", bob, "game", "no such game", "reason", "x"))))
                .isEqualTo("400 invalid-report");
        assertThat(codeOf(alice.post("/api/reports", Map.of("reason", "x")))).isEqualTo("400 invalid-report");
        assertThat(codeOf(alice.post("/api/reports", Map.of("player", 7, "reason", "x")))).isEqualTo("400 invalid-report");
        assertThat(codeOf(alice.post("/api/reports", Map.of("player", "nobody000000000000000", "reason", "x"))))
                .isEqualTo("404 player-not-found");
        assertThat(codeOf(ApiPlayer.spectator(http).post("/api/reports", Map.of("player", bob, "reason", "x"))))
                .isEqualTo("401 unauthenticated");
    }

    @Test
    void aBotIgnoresChat() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        String bot = http.get().uri("/api/bots").exchange().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("bots").get(0).get("id").asString();
        Reply created = alice.post("/api/games", Map.of("opponent", bot));
        String game = created.body().get("id").asString();
        int version = created.version();

        assertThat(say(alice, game, "are you a robot?").status()).isEqualTo(202);
        assertThat(say(alice, game, "hello?").status()).isEqualTo(202);

        assertThat(texts(alice.get("/api/games/" + game + "/chat"))).containsExactly("are you a robot?", "hello?");
        assertThat(alice.view(game).version()).isEqualTo(version);
        assertThat(alice.view(game).body().get("turn").asInt()).isZero();
    }

    static Reply say(ApiPlayer player, String game, String text) {
        return player.post("/api/games/" + game + "/chat", Map.of("text", text));
    }

    static void block(ApiPlayer blocker, ApiPlayer blocked) {
        assertThat(blocker.send(org.springframework.http.HttpMethod.PUT, "/api/players/me/blocks/" + blocked.id(), null)
                .status()).isEqualTo(204);
    }

    static String codeOf(Reply reply) {
        return reply.status() + " " + reply.code();
    }

    static List<String> texts(Reply chat) {
        assertThat(chat.status()).as(chat.raw()).isEqualTo(200);
        return chat.body().get("messages").valueStream().map(line -> line.get("text").asString()).toList();
    }

    /** The texts of the chat lines the stream has received, up to and with the first one saying {@code last}. */
    static List<String> chatUntil(EventStream stream, String last) {
        stream.await(event -> event.type().equals("chat") && event.data().contains("\"text\":\"" + last + "\""), WAIT);
        List<String> texts = stream.events().stream().filter(event -> event.type().equals("chat"))
                .map(event -> json.readTree(event.data()).get("text").asString()).toList();
        return texts.subList(0, texts.indexOf(last) + 1);
    }
}
