package io.tilecast.limits;

import static io.tilecast.limits.Clients.assertRateLimited;
import static io.tilecast.limits.Clients.at;
import static io.tilecast.limits.Clients.events;
import static io.tilecast.limits.Clients.refusals;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Opening live streams is limited per player and per address, whether or not they are still open. */
@IntegrationTest
@TestPropertySource(properties = {"tilecast.limits.streams-per-player=2/1h", "tilecast.limits.streams-per-address=3/1h"})
class StreamRateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    @Test
    void aPlayerOpensUpToTheirLimitFromAnyAddress() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        String game = alice.create(2).body().get("id").asString();
        for (int i = 0; i < 2; i++) {
            try (EventStream stream = EventStream.openFrom(port, game, alice.token(), "192.0.2.1")) {
                stream.await("snapshot");
            }
        }
        double refused = refusals(meters, "stream", "player");

        assertRateLimited(ApiPlayer.withToken(at(http, "192.0.2.2"), alice).get(events(game)));

        assertThat(refusals(meters, "stream", "player")).isEqualTo(refused + 1);
    }

    @Test
    void spectatorsAtOneAddressOpenUpToItsLimitAndOtherAddressesAreNotTouched() {
        String game = ApiPlayer.register(http, "bob").create(2).body().get("id").asString();
        for (int i = 0; i < 3; i++) {
            try (EventStream stream = EventStream.openFrom(port, game, null, "192.0.2.3")) {
                stream.await("snapshot");
            }
        }
        double refused = refusals(meters, "stream", "address");

        assertRateLimited(ApiPlayer.spectator(at(http, "192.0.2.3")).get(events(game)));

        assertThat(refusals(meters, "stream", "address")).isEqualTo(refused + 1);
        try (EventStream elsewhere = EventStream.openFrom(port, game, null, "192.0.2.4")) {
            elsewhere.await("snapshot");
        }
    }
}
