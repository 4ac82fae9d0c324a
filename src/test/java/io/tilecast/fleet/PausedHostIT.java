package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.EventStream;
import io.tilecast.support.PackagedServer;
import io.tilecast.support.RestartablePostgres;
import io.tilecast.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two machines of one region, real processes of the packaged jar on one PostgreSQL. A host that is
 * paused past its lease (SIGSTOP, as a GC stall or a stopped VM would) lets go of its game: the
 * other machine takes it over, and the paused one, when it wakes, acknowledges nothing more. And a
 * database that goes away takes no machine out of rotation.
 */
class PausedHostIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String[] SHORT_LEASES = {"--tilecast.play.lease-ttl=6s", "--tilecast.play.lease-margin=2s"};
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    @Test
    void aHostPausedPastItsLeaseAcknowledgesNothingOnceItWakesWhileTheOtherMachinePlaysOn() {
        DatabaseUrl database = TestDatabase.fresh();
        try (PackagedServer a = PackagedServer.start(database, "a", SHORT_LEASES);
             PackagedServer b = PackagedServer.start(database, "b", SHORT_LEASES)) {
            String alice = register(a, "alice");
            String bob = register(a, "bob");
            String game = body(post(a, "/api/games", "{\"seats\":2}", alice)).get("id").asString();
            post(a, "/api/games/" + game + "/join", null, bob);
            int version = body(post(a, "/api/games/" + game + "/start", null, alice)).get("version").asInt();
            String[] seats = {alice, bob};
            Map<Integer, String> acknowledged = new HashMap<>();

            for (int turn = 0; turn < 2; turn++) {
                version = pass(a, game, seats[turn % 2], version, acknowledged);
            }
            int written = version;
            await().atMost(WAIT).until(() -> count(database, "SELECT max(version) FROM game_events WHERE game_id = '"
                    + game + "'") == written);
            try (EventStream watcher = EventStream.open(a.port(), game, null)) {
                watcher.await("snapshot");

                a.signal("STOP");
                await().atMost(WAIT).until(() -> count(database, "SELECT count(*) FROM games WHERE id = '" + game
                        + "' AND lease_expires_at < now()") == 1);
                for (int turn = 2; turn < 4; turn++) {
                    version = pass(b, game, seats[turn % 2], version, acknowledged);
                }
                a.signal("CONT");

                List<String> answersFromA = new ArrayList<>();
                for (int attempt = 0; attempt < 20; attempt++) {
                    HttpResponse<String> answer = post(a, "/api/games/" + game + "/moves",
                            "{\"type\":\"pass\",\"version\":" + version + "}", seats[attempt % 2]);
                    answersFromA.add(answer.statusCode() + " " + answer.headers().firstValue("fly-replay").orElse(""));
                    assertThat(answer.statusCode()).as(answer.body()).isIn(307, 503);
                }
                assertThat(answersFromA).allMatch(answer -> answer.equals("307 instance=b")
                        || answer.equals("503 "));
                System.out.println("The woken host answered: " + answersFromA.stream()
                        .collect(Collectors.groupingBy(answer -> answer, TreeMap::new, Collectors.counting())));
                assertThat(watcher.await("reconnect").data()).contains("moved");
                assertThat(watcher.awaitEnd(WAIT)).isTrue();
            }

            version = pass(b, game, seats[0], version, acknowledged);
            int last = version;
            await().atMost(WAIT).until(() -> count(database, "SELECT max(version) FROM game_events WHERE game_id = '"
                    + game + "'") == last);
            assertThat(count(database, "SELECT count(DISTINCT version) FROM game_events WHERE game_id = '" + game + "'"))
                    .as("one unbroken log").isEqualTo(last);
            assertThat(acknowledged).hasSize(5);
        }
    }

    @Test
    void bothMachinesStayReadyAndGoOnAcknowledgingMovesWhilePostgresIsStopped() {
        try (RestartablePostgres postgres = new RestartablePostgres(data);
             PackagedServer a = PackagedServer.start(postgres.url(), "a");
             PackagedServer b = PackagedServer.start(postgres.url(), "b")) {
            String alice = register(a, "alice");
            String bob = register(a, "bob");
            String game = body(post(b, "/api/games", "{\"seats\":2}", alice)).get("id").asString();
            post(b, "/api/games/" + game + "/join", null, bob);
            int version = body(post(b, "/api/games/" + game + "/start", null, alice)).get("version").asInt();

            postgres.stop();
            for (PackagedServer machine : List.of(a, b)) {
                assertThat(machine.send("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
                assertThat(machine.send("GET", "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
                HttpResponse<String> health = machine.operations("/actuator/health");
                assertThat(body(health).at("/components/r2dbc/status").asString()).isEqualTo("DOWN");
            }
            assertThat(pass(b, game, alice, version, new HashMap<>())).isEqualTo(version + 1);
            postgres.start();
        }
    }

    /** A pass by {@code token}; must be acknowledged, and no version twice. Gives the new version. */
    private static int pass(PackagedServer machine, String game, String token, int version,
                            Map<Integer, String> acknowledged) {
        HttpResponse<String> answer = post(machine, "/api/games/" + game + "/moves",
                "{\"type\":\"pass\",\"version\":" + version + "}", token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        int reached = body(answer).get("version").asInt();
        String servedBy = answer.headers().firstValue("Tilecast-Served-By").orElseThrow();
        assertThat(acknowledged.put(reached, servedBy)).as("version " + reached + " acknowledged twice").isNull();
        return reached;
    }

    private static String register(PackagedServer machine, String name) {
        HttpResponse<String> answer = machine.send("POST", "/api/players",
                "{\"name\":\"" + name + System.nanoTime() % 100_000 + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return body(answer).get("token").asString();
    }

    private static HttpResponse<String> post(PackagedServer machine, String path, String body, String token) {
        return machine.send("POST", path, body, "Authorization", "Bearer " + token);
    }

    private static JsonNode body(HttpResponse<String> answer) {
        return json.readTree(answer.body());
    }

    private static long count(DatabaseUrl database, String sql) {
        return RestartablePostgres.count(database, sql);
    }
}
