package io.tilecast.play.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.journal.StoredEvent;
import io.tilecast.journal.StoredGame;
import io.tilecast.play.hosting.EventCodec;
import io.tilecast.play.hosting.GameRebuild;
import io.tilecast.play.hosting.Lexicons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A game_events log as a55a1f3 wrote it (the last version whose log was string-typed) still rebuilds to its game. */
class LogFromEarlierVersionsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aLogWrittenByTheStringTypedHostRebuildsToTheSameGame() throws IOException {
        List<String> lines = resource("a55a1f3-game.tsv").lines().toList();
        String[] header = lines.getFirst().split(" ");
        long seed = Long.parseLong(header[2]);
        Instant createdAt = Instant.parse(header[4]);
        String id = "local-XzuhN8m3T5Imhh8O.test-machine";
        List<StoredEvent> events = lines.subList(1, lines.size()).stream().map(line -> line.split("\t", 4))
                .map(f -> new StoredEvent(id, Integer.parseInt(f[0]), f[1], f[3], 1, Instant.parse(f[2])))
                .toList();
        StoredGame game = new StoredGame(id, "local", null, null, 1, "finished", 2, "[]", "p-alice", "english",
                "{\"seats\":2}", seed, 11, createdAt, null, null);

        GameRebuild.Rebuilt rebuilt = new GameRebuild(new EventCodec(json), new Lexicons(Map.of()),
                new GameCommands(Duration.ofHours(72))).rebuild(game, events);

        assertThat(rebuilt.table().version()).isEqualTo(11);
        assertThat(rebuilt.shown()).hasSize(11);
        ObjectNode view = (ObjectNode) json.readTree(json.writeValueAsString(GameViews.game(rebuilt.table(),
                Viewer.seat(0))));
        assertThat(view.remove("challenge").asString()).isEqualTo("void"); // a member added after a55a1f3
        assertThat(view.remove("rated").asBoolean()).as("a game from before ratings is casual").isFalse();
        assertThat(view.remove("unseen").asString()).as("nothing is unseen once a game is over").isEmpty();
        view.get("seats").forEach(seat -> ((ObjectNode) seat).remove("out")); // added since a55a1f3
        assertThat(view).isEqualTo(json.readTree(resource("a55a1f3-view-alice.json")));
        assertThat(GameViews.gcg(rebuilt.table())).isEqualTo(resource("a55a1f3-game.gcg"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LogFromEarlierVersionsTest.class.getResourceAsStream("/logs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
