package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.journal.JournalProperties;
import io.tilecast.play.host.PlaySettings;
import io.tilecast.routing.Leases;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.DurationStyle;
import tools.jackson.databind.JsonNode;

/** fly.toml agrees with the server's configuration: how long it may take to stop, its ports, its checks. */
class FlyConfigurationTest {

    private final JsonNode fly = DeployFiles.flyToml();
    private final Binder application = DeployFiles.applicationYaml();

    /**
     * The graceful shutdown's steps that can wait run one after another, each bounded by its own
     * setting and by Spring's timeout per lifecycle phase: the web server's drain (its phase
     * timeout), the journal's drain, then the release of the leases. fly kills the process
     * kill_timeout after the signal; what is still in the journal then is lost.
     */
    @Test
    void killTimeoutCoversTheLongestGracefulShutdownWithAMargin() {
        Duration phase = application.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
                .orElse(Duration.ofSeconds(30));
        JournalProperties journal = application.bindOrCreate("tilecast.journal", JournalProperties.class);
        Duration longest = phase
                .plus(min(journal.drainTimeout(), phase))
                .plus(min(Leases.RELEASE_TIMEOUT, phase));
        Duration margin = max(Duration.ofSeconds(10), longest.dividedBy(4));

        Duration killTimeout = DurationStyle.detectAndParse(fly.get("kill_timeout").asString());

        assertThat(longest).isEqualTo(Duration.ofSeconds(40));
        assertThat(killTimeout).isGreaterThanOrEqualTo(longest.plus(margin))
                .isLessThanOrEqualTo(Duration.ofMinutes(5)); // fly's most
        assertThat(fly.get("kill_signal").asString()).isIn("SIGTERM", "SIGINT");
    }

    @Test
    void theServiceIsThePublicPortAndTheScrapeIsTheOperationsPort() {
        int publicPort = application.bind("server.port", Integer.class).get();
        int operationsPort = application.bind("management.server.port", Integer.class).get();
        JsonNode service = fly.get("http_service");

        assertThat(service.get("internal_port").asInt()).isEqualTo(publicPort);
        assertThat(fly.at("/env/PORT").asString()).isEqualTo(String.valueOf(publicPort));
        assertThat(fly.at("/metrics/port").asInt()).isEqualTo(operationsPort).isNotEqualTo(publicPort);
        assertThat(fly.at("/metrics/path").asString()).isEqualTo("/actuator/prometheus");
        assertThat(fly.at("/env/MANAGEMENT_SERVER_PORT").asString()).isEqualTo(String.valueOf(operationsPort));
        assertThat(service.get("auto_stop_machines").asString()).as("a stopped machine drops its games").isEqualTo("off");
    }

    /** On fly the operations port listens on the machine's private 6PN address only, elsewhere on loopback. */
    @Test
    void theOperationsPortListensOnThePrivateNetworkOrLoopback() {
        String address = application.bind("management.server.address", String.class).get();

        assertThat(address).isEqualTo("127.0.0.1");
        assertThat(fly.at("/env/MANAGEMENT_SERVER_ADDRESS").isMissingNode())
                .as("fly sets FLY_PRIVATE_IP itself; an address in fly.toml would override it").isTrue();
        assertThat(DeployFiles.read("src/main/resources/application.yaml"))
                .contains("address: ${MANAGEMENT_SERVER_ADDRESS:${FLY_PRIVATE_IP:127.0.0.1}}");
    }

    @Test
    void routingFollowsReadinessAndLivenessIsCheckedOnThePublicPort() {
        int publicPort = application.bind("server.port", Integer.class).get();
        List<String> routing = StreamSupport.stream(fly.at("/http_service/checks").spliterator(), false)
                .map(check -> check.get("path").asString()).toList();
        assertThat(routing).containsExactly("/actuator/health/readiness");

        JsonNode alive = fly.at("/checks/alive");
        assertThat(alive.get("type").asString()).isEqualTo("http");
        assertThat(alive.get("port").asInt()).isEqualTo(publicPort);
        assertThat(alive.get("path").asString()).isEqualTo("/actuator/health/liveness");
    }

    @Test
    void idleConnectionsOutliveTheStreamHeartbeat() {
        PlaySettings play = application.bindOrCreate("tilecast.play", PlaySettings.class);
        Duration idle = Duration.ofSeconds(fly.at("/http_service/http_options/idle_timeout").asInt());
        assertThat(idle).isGreaterThanOrEqualTo(play.heartbeat().multipliedBy(4));
    }

    @Test
    void connectionLimitsStayUnderTheOpenFilesOfAMachine() {
        JsonNode limits = fly.at("/http_service/concurrency");
        assertThat(limits.get("type").asString()).isEqualTo("connections");
        assertThat(limits.get("soft_limit").asInt()).isLessThan(limits.get("hard_limit").asInt());
        assertThat(limits.get("hard_limit").asInt()).as("each stream holds a file; a machine allows 20,000")
                .isLessThan(19_000);
    }

    @Test
    void deploysReplaceOneMachineAtATime() {
        assertThat(fly.at("/deploy/strategy").asString()).isEqualTo("rolling");
        assertThat(fly.at("/deploy/max_unavailable").asInt()).isEqualTo(1);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
