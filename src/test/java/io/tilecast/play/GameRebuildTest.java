package io.tilecast.play;

import static io.tilecast.play.TestTable.ALICE;
import static io.tilecast.play.TestTable.BOB;
import static io.tilecast.play.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tilecast.game.Lexicon;
import io.tilecast.game.Move;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GameRebuildTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aGameRebuiltFromItsLogIsTheGameThatWasPlayed() {
        TestTable table = new TestTable(64, 64);
        GameHost host = table.startedGame();
        int version = host.view(ALICE).version();
        String rack = host.view(ALICE).rack();
        done(host.move(ALICE, version, new Move.Exchange(rack.substring(0, 2))));
        done(host.move(BOB, version + 1, new Move.Pass()));
        done(host.move(ALICE, version + 2, new Move.Resign()));

        GameHost rebuilt = new GameRebuild(json, new PlaySettings(64, 64, Duration.ofSeconds(15), Duration.ofSeconds(30)),
                new PlayMeters(new SimpleMeterRegistry()))
                .rebuild(host.id(), "local", 2, Lexicon.english(), host.setup().seed(), host.setup().createdAt(), 2,
                        asStored(table.logged), GameLog.REPLAYING);

        assertThat(rebuilt.view(ALICE)).isEqualTo(host.view(ALICE));
        assertThat(rebuilt.view(BOB)).isEqualTo(host.view(BOB));
        assertThat(rebuilt.view(null).status()).isEqualTo("finished");
        assertThat(rebuilt.gcg()).isEqualTo(host.gcg());
    }

    private List<GameRebuild.Logged> asStored(List<LoggedEvent> events) {
        return events.stream()
                .map(e -> new GameRebuild.Logged(e.version(), e.type(), json.writeValueAsString(e.payload())))
                .toList();
    }
}
