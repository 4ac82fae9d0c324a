package io.tilecast.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer for fan-out: nginx with the nchan module (Debian's {@code nginx-light} and
 * {@code libnginx-mod-nchan}, installed with apt-get when missing), run in the foreground as a
 * process of its own with a configuration made here (messages kept a minute, so that the many short
 * channels of a long run do not fill its shared memory): a publisher location and an EventSource
 * subscriber location (a new subscriber is sent what its channel holds, so none misses a message
 * published while its subscription crosses between workers), one channel per {@code id}, two worker processes (the machine's cores, as
 * Tilecast's two event loops).
 */
final class Nchan implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path MODULE = Path.of("/usr/lib/nginx/modules/ngx_nchan_module.so");
    private static final Pattern SUBSCRIBERS = Pattern.compile("\"subscribers\"\\s*:\\s*(\\d+)");

    private final Process process;
    private final int port;
    private final Path directory;
    private final HttpClient http = HttpClient.newHttpClient();

    private Nchan(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    static Nchan start() throws IOException, InterruptedException {
        install();
        Path directory = Files.createTempDirectory("nchan-bench");
        int port = TilecastProcess.freePort();
        Path conf = directory.resolve("nginx.conf");
        Files.writeString(conf, configuration(directory, port));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", directory.toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("stdout.log").toFile())
                .start();
        Nchan nchan = new Nchan(process, port, directory);
        nchan.awaitListening();
        return nchan;
    }

    private static String configuration(Path directory, int port) {
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return """
                load_module %s;
                %sworker_processes 2;
                worker_rlimit_nofile 65536;
                daemon off;
                pid %s/nginx.pid;
                error_log %s/error.log warn;
                events { worker_connections 20000; }
                http {
                    access_log off;
                    nchan_max_reserved_memory 256M;
                    client_body_temp_path %s/body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;
                    server {
                        listen 127.0.0.1:%d backlog=8192;
                        location = /pub {
                            nchan_publisher;
                            nchan_channel_id $arg_id;
                            nchan_message_buffer_length 16;
                            nchan_message_timeout 60s;
                        }
                        location = /sub {
                            nchan_subscriber eventsource;
                            nchan_channel_id $arg_id;
                            nchan_eventsource_event moved;
                            nchan_subscriber_first_message oldest;
                        }
                    }
                }
                """.formatted(MODULE, user, directory, directory, directory, directory, directory, directory,
                directory, port);
    }

    /** apt-get installs nginx and nchan when this machine has not got them (needs root, as apt does). */
    private static void install() throws IOException, InterruptedException {
        if (Files.isExecutable(NGINX) && Files.exists(MODULE)) {
            return;
        }
        System.out.println("Installing nginx-light and libnginx-mod-nchan with apt-get");
        for (List<String> command : List.of(List.of("apt-get", "update", "-q"),
                List.of("apt-get", "install", "-y", "-q", "nginx-light", "libnginx-mod-nchan"))) {
            Process apt = new ProcessBuilder(command).inheritIO().start();
            if (apt.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + log());
            }
            try {
                subscribers("warm");
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not start listening: " + log());
    }

    int port() {
        return port;
    }

    /** Publishes one message on a channel; gives nchan's answer status. */
    int publish(String channel, String message) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/pub?id=" + channel))
                        .POST(HttpRequest.BodyPublishers.ofString(message)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** How many subscribers nchan has on a channel now (its publisher location answers GET with that). */
    int subscribers(String channel) throws IOException, InterruptedException {
        HttpResponse<String> info = http.send(HttpRequest.newBuilder(uri("/pub?id=" + channel))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher count = SUBSCRIBERS.matcher(info.body());
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** nginx's master process and its workers, whose CPU time is the peer's cost. */
    ProcessHandle process() {
        return process.toHandle();
    }

    private String log() throws IOException {
        Path errors = directory.resolve("error.log");
        return Files.readString(directory.resolve("stdout.log"))
                + (Files.exists(errors) ? Files.readString(errors) : "");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
