package io.tilecast.bench;

import io.tilecast.TilecastApplication;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Tilecast server in a JVM of its own, apart from the benchmark's client: the application on
 * the benchmark's classpath (the code the jar packages), with its JVM options, on a database given
 * to it, listening on a free loopback port, its output in {@code target/fan-out-server.log}.
 */
final class TilecastProcess implements AutoCloseable {

    private static final String SECRET = "a-benchmark-secret-that-is-at-least-32-bytes-long";

    private final Process process;
    private final int port;
    private final Path log;

    private TilecastProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it with these JVM options (for example {@code -Xmx768m}) and Spring properties. */
    static TilecastProcess start(String databaseUrl, List<String> jvmOptions, String... properties)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(launch(jvmOptions));
        command.addAll(List.of("--server.port=" + port, "--tilecast.database.url=" + databaseUrl,
                "--tilecast.auth.secret=" + SECRET, "--logging.level.root=WARN"));
        for (String property : properties) {
            command.add("--" + property);
        }
        Path log = Path.of("target", "fan-out-server.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        TilecastProcess server = new TilecastProcess(process, port, log);
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited:\n" + Files.readString(log));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not become ready:\n" + Files.readString(log));
    }

    /**
     * How the server is launched: from this JVM's class path, or from an extracted jar that a {@code -Dbench.jar=...}
     * option names (an AOT cache takes only jars on its class path, so a training run needs one).
     */
    private static List<String> launch(List<String> jvmOptions) {
        String prefix = "-Dbench.jar=";
        return jvmOptions.stream().filter(option -> option.startsWith(prefix)).findFirst()
                .map(option -> List.of("-jar", option.substring(prefix.length())))
                .orElseGet(() -> List.of("-cp", classPath(jvmOptions), TilecastApplication.class.getName()));
    }

    /**
     * This JVM's class path, less the jars whose names contain what a {@code -Dbench.classpath.without=...} option
     * names (for example {@code io_uring}, to run the server on epoll).
     */
    private static String classPath(List<String> jvmOptions) {
        String prefix = "-Dbench.classpath.without=";
        List<String> left = jvmOptions.stream().filter(option -> option.startsWith(prefix))
                .map(option -> option.substring(prefix.length())).toList();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> left.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** A loopback port nothing listens on now, for a server process to take. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
