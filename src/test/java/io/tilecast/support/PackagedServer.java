package io.tilecast.support;

import io.tilecast.database.DatabaseUrl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The jar that {@code ./mvnw package} builds, run as fly runs it: its own process, configured by
 * environment, stopped by signals. For tests of what real processes do (a pause, a kill).
 */
public final class PackagedServer implements AutoCloseable {

    /** Shared by every server, so that a token from one machine is good on the others. */
    public static final String SECRET = "a-secret-shared-by-the-packaged-servers-32-bytes";
    private static final Pattern PORT = Pattern.compile("Listening on port (\\d+) for (the API|operations)");

    private final Process process;
    private final StringBuffer log = new StringBuffer();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final CompletableFuture<Integer> operationsPort = new CompletableFuture<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedServer(Process process) {
        this.process = process;
        Thread.ofVirtual().name("log of " + process.pid()).start(this::readLog);
    }

    /** Starts the jar as machine {@code machineId} of region {@code local}; extra arguments are Spring's. */
    public static PackagedServer start(DatabaseUrl database, String machineId, String... arguments) {
        return start(Map.of("DATABASE_URL", database.url(), "FLY_MACHINE_ID", machineId, "FLY_REGION", "local"),
                arguments);
    }

    /** Starts the jar with the given environment, as fly sets it ({@code FLY_REGION}, {@code DATABASE_URL}, …). */
    public static PackagedServer start(Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar().toString(), "--server.port=0", "--management.server.port=0"));
        command.addAll(List.of(arguments));
        ProcessBuilder java = new ProcessBuilder(command).redirectErrorStream(true);
        java.environment().put("TILECAST_AUTH_SECRET", SECRET);
        java.environment().putAll(environment);
        try {
            return new PackagedServer(java.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public port it listens on, once it has started. */
    public int port() {
        return await(port);
    }

    /** Its operations port ({@code management.server.port}): detailed health, metrics, info. */
    public int operationsPort() {
        return await(operationsPort);
    }

    private int await(CompletableFuture<Integer> listening) {
        try {
            return listening.get(180, TimeUnit.SECONDS); // several machines starting on two busy cores
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the jar did not start listening:\n" + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sends the process a signal, as {@code kill -STOP}, {@code -CONT} or {@code -TERM} would. */
    public void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new AssertionError("kill -" + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A plain HTTP exchange with this process's public port; headers as name, value pairs. */
    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        return send(port(), method, path, body, headers);
    }

    /** A GET of the operations port, as fly's metrics scraper or an operator on the private network. */
    public HttpResponse<String> operations(String path) {
        return send(operationsPort(), "GET", path, null);
    }

    private HttpResponse<String> send(int port, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public String log() {
        return log.toString();
    }

    private void readLog() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.append(line).append('\n');
                Matcher listening = PORT.matcher(line);
                if (listening.find()) {
                    (listening.group(2).equals("operations") ? operationsPort : port)
                            .complete(Integer.parseInt(listening.group(1)));
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        port.completeExceptionally(new IllegalStateException("exited"));
        operationsPort.completeExceptionally(new IllegalStateException("exited"));
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Stops the process as fly does (SIGTERM), and says whether it exited in time. */
    public boolean stop(Duration within) {
        process.destroy();
        try {
            return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        signal("CONT"); // a stopped process does not handle SIGTERM
        if (!stop(Duration.ofSeconds(30))) {
            process.destroyForcibly();
        }
    }

    /** The packaged jar in target/. */
    public static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tilecast-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no packaged jar in target/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
