package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ChallengeTable;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** A play left pending on one machine is challenged on another, which rebuilt the game from its log. */
class ChallengeAfterHandOverTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @ParameterizedTest(name = "{0} players")
    @ValueSource(ints = {2, 4})
    void aPhonyPlayedOnOneMachineIsWithdrawnOnTheNext(int seats) {
        DatabaseUrl database = TestDatabase.fresh();
        try (RunningServer a = RunningServer.start(database, "tilecast.fly.machine-id=a",
                "tilecast.play.idle-after=1s");
             RunningServer b = RunningServer.start(database, "tilecast.fly.machine-id=b")) {
            List<ApiPlayer> players = IntStream.range(0, seats).mapToObj(i -> ApiPlayer.register(a.http(), "p"))
                    .toList();
            ChallengeTable onA = ChallengeTable.start(players, "double");
            JsonNode before = onA.view(0);
            int version = onA.playPhony().version();
            await().atMost(WAIT).until(() -> a.bean(HostedGames.class).size() == 0);
            await().atMost(WAIT).until(() -> GameLifecycleTest.liveLeases(database, onA.id()) == 0);

            ChallengeTable onB = new ChallengeTable(onA.id(), players.stream()
                    .map(p -> ApiPlayer.withToken(b.http(), p)).toList());
            ApiPlayer.Reply challenged = onB.challenge(seats - 1, version);

            assertThat(challenged.status()).as(challenged.raw()).isEqualTo(200);
            assertThat(challenged.body().get("phony").asBoolean()).isTrue();
            assertThat(b.bean(HostedGames.class).size()).isEqualTo(1);
            JsonNode after = onB.view(0);
            assertThat(after.get("rack")).isEqualTo(before.get("rack"));
            assertThat(after.get("board")).isEqualTo(before.get("board"));
            assertThat(after.get("turn").asInt()).isEqualTo(1);
            assertThat(onB.playOn().status()).isEqualTo(200);
        }
    }
}
