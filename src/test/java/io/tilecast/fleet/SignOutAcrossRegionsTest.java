package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A token revoked in the primary region stops working in another region too (issue 22, finding
 * 4): at once where the sign-out was served, and on the other machine as soon as it next reads
 * the revocations from the primary (every 200 ms here, 5 s by default).
 */
class SignOutAcrossRegionsTest {

    @Test
    void aTokenSignedOutInAmsterdamStopsWorkingInSydney() {
        DatabaseUrl database = TestDatabase.fresh();
        try (RunningServer ams1 = machine(database, "ams", "ams-1");
             RunningServer syd1 = machine(database, "syd", "syd-1");
             EdgeProxy edge = EdgeProxy.start(List.of(new EdgeProxy.Machine("ams-1", "ams", ams1.port()),
                     new EdgeProxy.Machine("syd-1", "syd", syd1.port())), Duration.ofMillis(250))) {
            EdgeClient sydney = new EdgeClient(edge.port(), "syd");
            EdgeClient amsterdam = new EdgeClient(edge.port(), "ams");
            EdgeClient.Answer alice = sydney.send("POST", "/api/players",
                    "{\"name\":\"alice\",\"password\":\"correct horse battery\"}", null);
            String token = alice.body().get("token").asString();
            String other = sydney.send("POST", "/api/session",
                    "{\"name\":\"alice\",\"password\":\"correct horse battery\"}", null).body().get("token").asString();
            EdgeClient.Answer before = sydney.send("GET", "/api/players/me", null, other);
            assertThat(before.status()).isEqualTo(200);
            assertThat(before.servedBy()).isEqualTo("syd/syd-1");

            EdgeClient.Answer out = sydney.send("DELETE", "/api/session", null, token);

            assertThat(out.status()).isEqualTo(204);
            assertThat(out.servedBy()).as("a write for the primary region").isEqualTo("ams/ams-1");
            assertThat(amsterdam.send("GET", "/api/players/me", null, other).status()).isEqualTo(401);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sydney.send("GET", "/api/players/me", null, other).status() == 401);
            assertThat(sydney.send("GET", "/api/players/me", null, token).status()).isEqualTo(401);
        }
    }

    private static RunningServer machine(DatabaseUrl database, String region, String id) {
        return RunningServer.start(database, "tilecast.fly.region=" + region, "tilecast.fly.machine-id=" + id,
                "tilecast.fly.primary-region=ams", "tilecast.auth.epoch-refresh=200ms");
    }
}
