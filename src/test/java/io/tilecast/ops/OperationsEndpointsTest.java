package io.tilecast.ops;

import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What an operator and fly's checks see, over real HTTP. */
@IntegrationTest
class OperationsEndpointsTest {

    @Autowired
    WebTestClient http;

    @Test
    void healthIsUpWithBothPools() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP")
                .jsonPath("$.components.localDatabase.status").isEqualTo("UP");
    }

    @Test
    void readinessIsAboutServingNotAboutThePrimary() {
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.journal.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc").doesNotExist();
    }

    @Test
    void livenessDoesNotDependOnTheDatabase() {
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc").doesNotExist();
    }

    @Test
    void prometheusScrapeServesTextFormat() {
        http.get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN).exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("# TYPE jvm_memory_used_bytes gauge")
                        .contains("application=\"tilecast\""));
    }

    @Test
    void infoNamesVersionRegionAndMachine() {
        http.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.build.version").exists()
                .jsonPath("$.machine.region").isEqualTo("local")
                .jsonPath("$.machine.primaryRegion").isEqualTo("local")
                .jsonPath("$.machine.id").isNotEmpty();
    }
}
