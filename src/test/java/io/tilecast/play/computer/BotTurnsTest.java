package io.tilecast.play.computer;

import static io.tilecast.play.host.TestTable.ALICE;
import static io.tilecast.play.host.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.rules.Move;
import io.tilecast.play.host.Change;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.StreamLine;
import io.tilecast.play.host.TestTable;
import io.tilecast.play.host.view.LiveEvents;
import io.tilecast.play.hosting.HostedGames;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The host plays a bot's turns, also in a game it has only just taken over. */
class BotTurnsTest {

    private static final Bot EXPERT = Bots.byId("bot-expert").orElseThrow();

    @Test
    void aGameTakenOverOnTheBotsTurnGetsTheBotsMove() {
        TestTable before = new TestTable(256, 256); // hosts without playing bots, like a machine that stopped
        GameHost game = before.startedGame(ALICE, EXPERT.player());
        done(game.move(ALICE, game.version(), new Move.Pass()));
        assertThat(game.toMove()).contains(EXPERT.player());

        try (BotTurns bots = new BotTurns(new BotSettings(Duration.ZERO, Duration.ofMillis(50), 1, 20),
                new MasterGames(20, host -> true, new SimpleMeterRegistry()))) {
            HostedGames takingOver = new HostedGames("local", "other-machine", before.log, id -> Mono.just(game),
                    before.hosting, bots::watch);
            var moves = game.events(ALICE, OptionalInt.of(game.version()), StreamLine.NONE)
                    .filter(delivery -> delivery.type().equals("moved"));
            var botMove = moves.next().toFuture();
            takingOver.host(game.id()).block();

            LiveEvents.Moved moved = (LiveEvents.Moved) botMove.join().data();
            assertThat(moved.move().seat()).isEqualTo(1);
            assertThat(game.toMove()).contains(ALICE);
            assertThat(before.logged).anyMatch(event -> event.change() instanceof Change.Moved botMoved
                    && botMoved.seat() == 1);
        }
    }
}
