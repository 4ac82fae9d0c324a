package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Position;
import io.tilecast.game.search.Steady;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.OperationsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Games against the master bot are limited per process: beyond the limit {@code POST /api/games} is {@code 503
 * computer-busy} with {@code Retry-After}, counted, shown in health, and creates nothing, for a rematch as for a new game; a game that
 * ends frees its place; and the master still answers every move, thinking on its own pool.
 */
@IntegrationTest
@TestPropertySource(properties = {"tilecast.bots.master-games=2", "tilecast.bots.master-budget=20ms",
        "tilecast.bots.master-threads=1"})
class MasterGamesTest {

    private static final MoveGenerator MOVES = MoveGenerator.of(Lexicon.english());
    private static final Map<String, String> MASTER = Map.of("opponent", "bot-master");

    @LocalServerPort
    int port;
    @Autowired
    WebTestClient http;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationContext context;

    @Test
    void withEveryMasterGameInPlayAnotherIsRefusedWithRetryAfterAndNothingIsCreated() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        JsonNode first = created(alice.post("/api/games", MASTER));
        JsonNode second = created(bob.post("/api/games", MASTER));
        double hosted = gauge("tilecast.games.hosted");
        double refusedBefore = meters.get("tilecast.bots.master.refused").counter().count();

        Reply refused = bob.post("/api/games", MASTER);

        assertComputerBusy(refused);
        assertThat(meters.get("tilecast.bots.master.refused").counter().count()).isEqualTo(refusedBefore + 1);
        assertThat(gauge("tilecast.bots.master.games")).isEqualTo(2);
        assertThat(gauge("tilecast.games.hosted")).as("no game was made for the refusal").isEqualTo(hosted);
        OperationsClient.of(context).get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.components.computer.status").isEqualTo("UP")
                .jsonPath("$.components.computer.details.masterGames").isEqualTo(2)
                .jsonPath("$.components.computer.details.masterGamesLimit").isEqualTo(2)
                .jsonPath("$.components.computer.details.masterThreads").isEqualTo(1);
        assertThat(created(bob.post("/api/games", Map.of("opponent", "bot-expert"))).get("status").asString())
                .as("the other levels are not limited").isEqualTo("active");

        resign(alice, first);
        resign(bob, second);
    }

    @Test
    void aMasterGameThatEndsFreesItsPlace() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        JsonNode first = created(alice.post("/api/games", MASTER));
        JsonNode second = created(alice.post("/api/games", MASTER));
        assertThat(alice.post("/api/games", MASTER).status()).isEqualTo(503);

        resign(alice, first);

        assertThat(gauge("tilecast.bots.master.games")).isEqualTo(1);
        JsonNode third = created(alice.post("/api/games", MASTER));
        assertThat(third.get("seats").get(1).get("player").get("id").asString()).isEqualTo("bot-master");
        resign(alice, second);
        resign(alice, third);
        assertThat(gauge("tilecast.bots.master.games")).isZero();
    }

    @Test
    void aRematchAgainstTheMasterIsAdmittedLikeANewGame() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        JsonNode old = created(alice.post("/api/games", MASTER));
        resign(alice, old);
        JsonNode second = created(alice.post("/api/games", MASTER));
        JsonNode third = created(alice.post("/api/games", MASTER));

        Reply refused = alice.post("/api/games/" + old.get("id").asString() + "/rematch", null);
        assertComputerBusy(refused);

        resign(alice, second);
        JsonNode rematch = created(alice.post("/api/games/" + old.get("id").asString() + "/rematch", null));
        assertThat(rematch.get("status").asString()).isEqualTo("active");
        assertThat(rematch.get("seats").get(1).get("player").get("id").asString()).isEqualTo("bot-master");
        resign(alice, third);
        resign(alice, rematch);
    }

    @Test
    void theMasterAnswersEachMoveThinkingOnItsOwnPool() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        JsonNode view = created(alice.post("/api/games", MASTER));
        String game = view.get("id").asString();
        SplittableRandom random = new SplittableRandom(11);
        try (EventStream stream = EventStream.open(port, game, alice.token())) {
            stream.await("snapshot");
            for (int turn = 0; turn < 4; turn++) {
                Reply moved = alice.move(game, ApiPlayer.moveBody(view, new Steady().choose(ApiPlayer.position(view), MOVES, random)));
                assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
                int mine = moved.version();
                stream.await(event -> Integer.parseInt(event.id()) > mine && event.type().equals("moved"),
                        Duration.ofSeconds(30));
                view = alice.view(game).body();
                assertThat(view.get("turn").asInt()).as("the master has answered").isZero();
            }
        }
        List<JsonNode> masterMoves = new ArrayList<>();
        view.get("moves").forEach(move -> {
            if (move.get("seat").asInt() == 1) {
                masterMoves.add(move);
            }
        });
        assertThat(masterMoves).hasSize(4).anyMatch(move -> move.get("type").asString().equals("place"));
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).contains("master-thinking-1")
                .doesNotContain("master-thinking-2");
        resign(alice, view);
    }

    /** The refusal when every master place is taken: a problem with a stable code and when to try again. */
    private static void assertComputerBusy(Reply refused) {
        assertThat(refused.status()).as(refused.raw()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("computer-busy");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body();
    }

    private static void resign(ApiPlayer player, JsonNode game) {
        String id = game.get("id").asString();
        int version = player.view(id).body().get("version").asInt();
        assertThat(player.move(id, Map.of("type", "resign", "version", version)).status()).isEqualTo(200);
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

}
