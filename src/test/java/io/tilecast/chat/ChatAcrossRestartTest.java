package io.tilecast.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.RunningServer;
import io.tilecast.support.StartedGame;
import io.tilecast.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** Chat is written behind like moves: what was said before a graceful stop is read back from another machine. */
class ChatAcrossRestartTest {

    private final DatabaseUrl database = TestDatabase.fresh();

    @Test
    void theChatOfAGameSurvivesItsHandOverToAnotherMachine() {
        StartedGame game;
        ApiPlayer carol;
        try (RunningServer first = RunningServer.start(database)) {
            game = StartedGame.start(first.http());
            carol = ApiPlayer.register(first.http(), "carol");
            ChatTest.say(game.alice(), game.id(), "hello bob");
            ChatTest.say(carol, game.id(), "watching you two");
            ChatTest.say(game.bob(), game.id(), "hello alice");
            first.stop();
        }
        try (RunningServer second = RunningServer.start(database, "tilecast.fly.machine-id=another-machine")) {
            ApiPlayer alice = ApiPlayer.withToken(second.http(), game.alice());
            ApiPlayer watcher = ApiPlayer.withToken(second.http(), carol);
            String path = "/api/games/" + game.id() + "/chat";

            assertThat(ChatTest.texts(alice.get(path))).containsExactly("hello bob", "hello alice");
            assertThat(ChatTest.texts(watcher.get(path))).containsExactly("hello bob", "watching you two", "hello alice");
            assertThat(ChatTest.say(alice, game.id(), "still here").status()).isEqualTo(202);
            assertThat(ChatTest.texts(alice.get(path))).containsExactly("hello bob", "hello alice", "still here");
        }
    }
}
