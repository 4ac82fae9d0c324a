package io.tilecast.limits;

import static io.tilecast.limits.Clients.assertRateLimited;
import static io.tilecast.limits.Clients.at;
import static io.tilecast.limits.Clients.refusals;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Creating games and game commands are limited per player and per address. Each test has
 * addresses of its own, so that the tests share no address's buckets.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "tilecast.limits.create-per-player=2/1h", "tilecast.limits.create-per-address=3/1h",
        "tilecast.limits.commands-per-player=3/1h", "tilecast.limits.commands-per-address=5/1h"})
class GameLimitsTest {

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    @Autowired
    HostedGames games;

    @Test
    void aPlayerCreatesUpToTheirLimitFromAnyAddressAndAnAddressUpToItsOwn() {
        WebTestClient home = at(http, "198.51.100.1");
        WebTestClient elsewhere = at(http, "198.51.100.2");
        ApiPlayer alice = ApiPlayer.register(home, "alice");
        ApiPlayer bob = ApiPlayer.register(home, "bob");
        ApiPlayer carol = ApiPlayer.register(home, "carol");
        assertThat(alice.create(2).status()).isEqualTo(201);
        assertThat(alice.create(2).status()).isEqualTo(201);
        int hosted = games.size();
        double byPlayer = refusals(meters, "create", "player");
        double byAddress = refusals(meters, "create", "address");

        assertRateLimited(alice.create(2));
        assertRateLimited(ApiPlayer.withToken(elsewhere, alice).create(2));
        assertThat(bob.create(2).status()).as("the address gave back what alice's refusals took").isEqualTo(201);
        assertRateLimited(carol.create(2));
        assertThat(ApiPlayer.withToken(elsewhere, carol).create(2).status()).isEqualTo(201);

        assertThat(games.size()).as("bob's and carol's games only").isEqualTo(hosted + 2);
        assertThat(refusals(meters, "create", "player")).isEqualTo(byPlayer + 2);
        assertThat(refusals(meters, "create", "address")).isEqualTo(byAddress + 1);
    }

    @Test
    void aPlayerOutOfCommandsIsRefusedAndTheGameStaysAsItWas() {
        ApiPlayer alice = ApiPlayer.register(at(http, "198.51.100.3"), "alice");
        ApiPlayer bob = ApiPlayer.register(at(http, "198.51.100.4"), "bob");
        StartedGame started = StartedGame.between(alice, bob);
        String game = started.id();
        int version = started.passes(4); // alice: start and two passes, her three commands
        JsonNode before = alice.view(game).body();
        double refused = refusals(meters, "command", "player");

        assertRateLimited(alice.pass(game, version));
        assertRateLimited(ApiPlayer.withToken(at(http, "198.51.100.5"), alice).pass(game, version));

        assertThat(alice.view(game).body()).isEqualTo(before);
        assertThat(refusals(meters, "command", "player")).isEqualTo(refused + 2);
    }

    @Test
    void anAddressOutOfCommandsIsRefusedWhileItsPlayersGoOnFromElsewhere() {
        WebTestClient shared = at(http, "198.51.100.6");
        ApiPlayer dave = ApiPlayer.register(shared, "dave");
        ApiPlayer erin = ApiPlayer.register(shared, "erin");
        StartedGame started = StartedGame.between(dave, erin);
        String game = started.id();
        int version = started.passes(3); // with the join and the start, the address's five commands
        double refused = refusals(meters, "command", "address");

        ApiPlayer.Reply limited = erin.pass(game, version);

        assertRateLimited(limited);
        assertThat(erin.view(game).version()).isEqualTo(version);
        assertThat(refusals(meters, "command", "address")).isEqualTo(refused + 1);
        ApiPlayer.Reply elsewhere = ApiPlayer.withToken(at(http, "198.51.100.7"), erin).pass(game, version);
        assertThat(elsewhere.status()).as("erin's own limit got its token back: " + elsewhere.raw()).isEqualTo(200);
    }
}
