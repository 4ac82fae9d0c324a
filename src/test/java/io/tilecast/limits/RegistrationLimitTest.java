package io.tilecast.limits;

import static io.tilecast.limits.Clients.assertRateLimited;
import static io.tilecast.limits.Clients.at;
import static io.tilecast.limits.Clients.refusals;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Registrations are limited per client address: two an hour here. */
@IntegrationTest
@TestPropertySource(properties = "tilecast.limits.register-per-address=2/1h")
class RegistrationLimitTest {

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    @Test
    void anAddressRegistersUpToItsLimitThenIsToldWhenToComeBack() {
        ApiPlayer first = ApiPlayer.spectator(at(http, "203.0.113.10"));
        assertThat(register(first, "ann").status()).isEqualTo(201);
        assertThat(register(first, "ben").status()).isEqualTo(201);

        ApiPlayer.Reply refused = register(first, "cat");

        assertRateLimited(refused);
        assertThat(refused.body().get("detail").asString()).contains("registrations from this address (at most 2/1h)");
        assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).as("one of two an hour").isLessThanOrEqualTo(1800);
        assertThat(refusals(meters, "register", "address")).isEqualTo(1);
        ApiPlayer second = ApiPlayer.spectator(at(http, "203.0.113.11"));
        assertThat(register(second, "cat").status()).as("another address, and the refused name is free").isEqualTo(201);
    }

    private static ApiPlayer.Reply register(ApiPlayer client, String name) {
        return client.post("/api/players", Map.of("name", name));
    }
}
