package io.tilecast.play.hosting;

import static io.tilecast.play.host.TestTable.ALICE;
import static io.tilecast.play.host.TestTable.BOB;
import static io.tilecast.play.host.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.rules.Move;
import io.tilecast.journal.StoredEvent;
import io.tilecast.journal.StoredGame;
import io.tilecast.play.host.GameCommands;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.LoggedEvent;
import io.tilecast.play.host.TestTable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GameRebuildTest {

    private final EventCodec codec = new EventCodec(JsonMapper.builder().build());

    @Test
    void aGameRebuiltFromItsLogIsTheGameThatWasPlayed() {
        TestTable table = new TestTable(64, 64);
        GameHost host = table.startedGame();
        int version = host.view(ALICE).version();
        String rack = host.view(ALICE).rack();
        done(host.move(ALICE, version, new Move.Exchange(rack.substring(0, 2))));
        done(host.move(BOB, version + 1, new Move.Pass()));
        done(host.move(ALICE, version + 2, new Move.Resign()));

        StoredGame game = new StoredGame(host.id(), "local", null, null, 2, "finished", 2, "[]",
                host.setup().creator().id(), "english", "{\"seats\":2}", host.setup().seed(), host.view(ALICE).version(),
                host.setup().createdAt(), null, null);
        GameHost rebuilt = new GameRebuild(codec, new Lexicons(Map.of()), new GameCommands(Duration.ofHours(72)))
                .rebuild(game, asStored(host.id(), table.logged)).hosted(table.hosting, 2, GameLog.READ_ONLY);

        assertThat(rebuilt.view(ALICE)).isEqualTo(host.view(ALICE));
        assertThat(rebuilt.view(BOB)).isEqualTo(host.view(BOB));
        assertThat(rebuilt.view(null).status()).isEqualTo("finished");
        assertThat(rebuilt.gcg()).isEqualTo(host.gcg());
    }

    private List<StoredEvent> asStored(String gameId, List<LoggedEvent> events) {
        return events.stream()
                .map(e -> new StoredEvent(gameId, e.version(), e.type(), codec.payload(e.change()), 2, e.at()))
                .toList();
    }
}
