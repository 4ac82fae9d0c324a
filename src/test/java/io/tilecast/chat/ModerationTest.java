package io.tilecast.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.account.Caller;
import io.tilecast.account.PlayerTokens;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The moderators named in {@code tilecast.moderators} read the reports and mute players everywhere; nobody else may. */
@IntegrationTest
@TestPropertySource(properties = "tilecast.moderators=" + ModerationTest.MODERATOR + ", someone-else")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationTest {

    static final String MODERATOR = "chat-moderator-1";

    @Autowired
    WebTestClient http;

    @Autowired
    DatabaseClient database;

    @Autowired
    PlayerTokens tokens;

    ApiPlayer moderator;

    @BeforeAll
    void aModeratorWithTheConfiguredId() {
        database.sql("INSERT INTO players (id, name) VALUES (:id, 'Mod')").bind("id", MODERATOR).then().block();
        moderator = ApiPlayer.withTokenNamed(http, "Mod", tokens.issue(new Caller.Player(MODERATOR, "Mod")).token());
    }

    @Test
    void aMutedPlayerCannotChatInAnyGame() {
        StartedGame first = StartedGame.start(http);
        StartedGame second = StartedGame.between(ApiPlayer.register(http, "carol"), first.bob());
        assertThat(ChatTest.say(first.bob(), first.id(), "before").status()).isEqualTo(202);

        assertThat(moderator.send(HttpMethod.PUT, "/api/moderation/mutes/" + first.bob().id(), null).status())
                .isEqualTo(204);

        for (String game : new String[] {first.id(), second.id()}) {
            Reply muted = ChatTest.say(first.bob(), game, "after");
            assertThat(muted.status()).isEqualTo(403);
            assertThat(muted.code()).isEqualTo("muted");
        }
        assertThat(ChatTest.texts(first.alice().get("/api/games/" + first.id() + "/chat"))).containsExactly("before");
        assertThat(ChatTest.say(first.alice(), first.id(), "still free").status()).isEqualTo(202);

        assertThat(moderator.send(HttpMethod.DELETE, "/api/moderation/mutes/" + first.bob().id(), null).status())
                .isEqualTo(204);
        assertThat(ChatTest.say(first.bob(), first.id(), "back").status()).isEqualTo(202);
    }

    @Test
    void theModeratorReadsTheReportsNewestFirst() {
        StartedGame game = StartedGame.start(http);
        game.alice().post("/api/reports", Map.of("player", game.bob().id(), "game", game.id(), "reason", "rude"));
        game.bob().post("/api/reports", Map.of("player", game.alice().id(), "reason", "slow"));

        Reply listed = moderator.get("/api/moderation/reports");

        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        var reports = listed.body().get("reports");
        assertThat(reports.get(0).get("reporter").asString()).isEqualTo(game.bob().id());
        assertThat(reports.get(0).get("player").asString()).isEqualTo(game.alice().id());
        assertThat(reports.get(0).get("reason").asString()).isEqualTo("slow");
        assertThat(reports.get(0).get("game").isNull()).isTrue();
        assertThat(reports.get(1).get("game").asString()).isEqualTo(game.id());
        assertThat(reports.get(1).get("reason").asString()).isEqualTo("rude");
    }

    @Test
    void nobodyElseMayModerate() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        for (Reply refused : new Reply[] {alice.get("/api/moderation/reports"),
                alice.send(HttpMethod.PUT, "/api/moderation/mutes/" + bob.id(), null),
                alice.send(HttpMethod.DELETE, "/api/moderation/mutes/" + bob.id(), null)}) {
            assertThat(ChatTest.codeOf(refused)).isEqualTo("403 not-a-moderator");
        }
        assertThat(ChatTest.codeOf(ApiPlayer.spectator(http).get("/api/moderation/reports")))
                .isEqualTo("401 unauthenticated");
        assertThat(ChatTest.say(bob, alice.create(2).body().get("id").asString(), "not muted").status()).isEqualTo(202);
    }

    @Test
    void mutingNeedsAPlayerWhoExists() {
        assertThat(ChatTest.codeOf(moderator.send(HttpMethod.PUT, "/api/moderation/mutes/nobody000000000000000", null)))
                .isEqualTo("404 player-not-found");
        assertThat(ChatTest.codeOf(moderator.send(HttpMethod.PUT, "/api/moderation/mutes/no%20one", null)))
                .startsWith("4");
    }
}
