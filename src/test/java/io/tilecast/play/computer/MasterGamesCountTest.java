package io.tilecast.play.computer;

import static io.tilecast.play.host.TestTable.ALICE;
import static io.tilecast.play.host.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tilecast.game.rules.Move;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.TestTable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** What counts as a master game in play: hosted here and not over; games taken over count whatever the limit. */
class MasterGamesCountTest {

    private static final Bot MASTER = Bots.byId("bot-master").orElseThrow();
    private static final Bot EXPERT = Bots.byId("bot-expert").orElseThrow();

    private final TestTable table = new TestTable(256, 256);
    private final Set<GameHost> hosted = ConcurrentHashMap.newKeySet();
    private final MasterGames masters = new MasterGames(1, hosted::contains, new SimpleMeterRegistry());

    @Test
    void aGameThatLeavesMemoryFreesItsPlace() {
        GameHost game = masters.admit(MASTER, () -> hostedGame(MASTER)).orElseThrow();
        assertThat(masters.admit(MASTER, () -> hostedGame(MASTER))).isEmpty();

        hosted.remove(game);

        assertThat(masters.inPlay()).isZero();
        assertThat(masters.admit(MASTER, () -> hostedGame(MASTER))).isPresent();
    }

    @Test
    void aGameThatEndsFreesItsPlace() {
        GameHost game = masters.admit(MASTER, () -> hostedGame(MASTER)).orElseThrow();

        done(game.move(ALICE, game.version(), new Move.Resign()));

        assertThat(masters.inPlay()).isZero();
    }

    @Test
    void gamesTakenOverCountBeyondTheLimitAndOtherLevelsAreNeverRefused() {
        masters.playing(hostedGame(MASTER));
        masters.playing(hostedGame(MASTER));

        assertThat(masters.inPlay()).isEqualTo(2);
        assertThat(masters.admit(MASTER, () -> hostedGame(MASTER))).isEmpty();
        assertThat(masters.admit(EXPERT, () -> hostedGame(EXPERT))).isPresent();
        assertThat(masters.inPlay()).isEqualTo(2);
    }

    private GameHost hostedGame(Bot bot) {
        GameHost game = table.startedGame(ALICE, bot.player());
        hosted.add(game);
        return game;
    }
}
