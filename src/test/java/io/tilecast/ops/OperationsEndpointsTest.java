package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tilecast.support.IntegrationTest;
import io.tilecast.support.OperationsClient;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What an operator and fly's checks see, over real HTTP: the public port answers health with a
 * status and nothing more; the operations port has the details, the metrics and the build.
 */
@IntegrationTest
class OperationsEndpointsTest {

    @Autowired
    WebTestClient http;

    @Autowired
    ApplicationContext context;

    WebTestClient operations;

    @BeforeEach
    void operationsPort() {
        operations = OperationsClient.of(context);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void thePublicPortTellsTheStatusAndNothingMore(String path) {
        http.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("Tilecast-Served-By")
                .expectBody().json("{\"status\": \"UP\"}", JsonCompareMode.STRICT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/prometheus", "/actuator/info", "/actuator/health/r2dbc",
            "/actuator/health/journal", "/actuator/metrics", "/actuator/heapdump", "/actuator/threaddump"})
    void thePublicPortHasNoOtherOperationsEndpoint(String path) {
        http.get().uri(path).exchange().expectStatus().isNotFound();
    }

    @Test
    void theOperationsPortIsAnotherPort() {
        int publicPort = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        int operationsPort = context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
        assertThat(operationsPort).isPositive().isNotEqualTo(publicPort);
    }

    @Test
    void healthIsUpWithBothPools() {
        operations.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP")
                .jsonPath("$.components.localDatabase.status").isEqualTo("UP");
    }

    @Test
    void readinessIsAboutServingNotAboutThePrimary() {
        operations.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.journal.status").isEqualTo("UP")
                .jsonPath("$.components.journal.details.capacity").isNumber()
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc").doesNotExist();
    }

    @Test
    void livenessDoesNotDependOnTheDatabase() {
        operations.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc").doesNotExist();
    }

    @Test
    void prometheusScrapeServesTextFormat() {
        operations.get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN).exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .contains("# TYPE jvm_memory_used_bytes gauge")
                        .containsPattern("tilecast_ready\\S* 1")
                        .contains("application=\"tilecast\""));
    }

    /** Requests are timed when they end; none is kept as in flight, as every open stream would be for hours. */
    @Test
    void requestsAreTimedWithoutAnInFlightTimer() {
        http.get().uri("/api/bots").exchange().expectStatus().isOk();
        operations.get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN).exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/bots\"")
                        .doesNotContain("http_server_requests_active"));
    }

    /** A heap dump holds the token secret and the database password (issue 22, finding 6): jcmd over ssh instead. */
    @ParameterizedTest
    @ValueSource(strings = {"/actuator/heapdump", "/actuator/threaddump", "/actuator/env", "/actuator/configprops"})
    void theOperationsPortServesNoDumpAndNoConfiguration(String path) {
        operations.get().uri(path).exchange().expectStatus().isNotFound();
    }

    @Test
    void theOperationsPortListensOnLoopbackOnly() throws Exception {
        int operationsPort = context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
        assumeTrue(!others.isEmpty(), "this machine has no address but loopback");

        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, operationsPort), 2_000))
                        .as("the operations port on " + address).isInstanceOf(ConnectException.class);
            }
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), operationsPort), 2_000);
        }
    }

    @Test
    void infoNamesVersionRegionAndMachine() {
        operations.get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.build.version").exists()
                .jsonPath("$.machine.region").isEqualTo("local")
                .jsonPath("$.machine.primaryRegion").isEqualTo("local")
                .jsonPath("$.machine.id").isNotEmpty();
    }
}
