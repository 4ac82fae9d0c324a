package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server stops while two players of a game watch, and another machine takes the game over: their streams resume
 * there and neither is shown away. Carol, who never watches, is the witness that the new host's grace period passed.
 */
class PresenceAcrossRestartTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final DatabaseUrl database = TestDatabase.fresh();

    @Test
    void playersWhoseStreamsFollowTheGameToAnotherMachineAreNeverShownAway() {
        ApiPlayer[] players = new ApiPlayer[3];
        String game;
        String started;
        try (RunningServer first = RunningServer.start(database)) {
            for (int seat = 0; seat < 3; seat++) {
                players[seat] = ApiPlayer.register(first.http(), "p");
            }
            game = players[0].create(3).body().get("id").asString();
            players[1].join(game);
            players[2].join(game);
            started = String.valueOf(players[0].start(game).version());
            EventStream alices = EventStream.open(first.port(), game, players[0].token());
            EventStream bobs = EventStream.open(first.port(), game, players[1].token());
            alices.await("snapshot");
            bobs.await("snapshot");
            first.stop();
            assertThat(alices.awaitEnd(WAIT) && bobs.awaitEnd(WAIT)).isTrue();
            assertThat(alices.events().getLast().type()).isEqualTo("reconnect");
        }
        try (RunningServer second = RunningServer.start(database, "tilecast.fly.machine-id=another-machine");
             EventStream alices = EventStream.resume(second.port(), game, players[0].token(), started);
             EventStream bobs = EventStream.resume(second.port(), game, players[1].token(), started)) {
            for (EventStream stream : List.of(alices, bobs)) {
                JsonNode carolAway = json.readTree(stream.await(event -> event.type().equals("presence")
                        && event.data().contains("\"present\":[true,true,false]"), WAIT).data());
                assertThat(carolAway.get("awaySince").get(0).isNull()).isTrue();
                assertThat(stream.events()).filteredOn(event -> event.type().equals("presence"))
                        .allMatch(event -> event.data().startsWith("{\"present\":[true,true,"));
            }
        }
    }
}
