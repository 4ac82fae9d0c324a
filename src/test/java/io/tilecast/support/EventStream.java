package io.tilecast.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;

/**
 * A live event stream read as a browser's EventSource reads it: the raw text as it arrives, and
 * the events parsed from it. Tests wait on it for an event with a timeout, never by sleeping.
 */
public final class EventStream implements AutoCloseable {

    /** One server-sent event. */
    public record Event(String id, String type, String data) {
    }

    private final StringBuilder raw = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private final List<Event> events = new ArrayList<>();
    private final BlockingQueue<Event> arrivals = new LinkedBlockingQueue<>();
    private final Disposable connection;
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

    private EventStream(int port, String path, String token, Map<String, String> headers) {
        this(HttpClient.create().baseUrl("http://localhost:" + port), path, token, headers);
    }

    private EventStream(HttpClient server, String path, String token, Map<String, String> headers) {
        HttpClient client = server.headers(h -> {
            h.set("Accept", "text/event-stream");
            if (token != null) {
                h.set("Authorization", "Bearer " + token);
            }
            headers.forEach(h::set);
        });
        this.connection = client.get().uri(path).responseContent().asString()
                .doFinally(signal -> ended.countDown())
                .subscribe(this::received, error -> { });
    }

    public static EventStream open(int port, String game, String token) {
        return new EventStream(port, "/api/games/" + game + "/events", token, Map.of());
    }

    /** A stream read through {@code client}, which names the server in its base URL and says how to reach it. */
    public static EventStream open(HttpClient client, String game, String token) {
        return new EventStream(client, "/api/games/" + game + "/events", token, Map.of());
    }

    /** A stream opened by a client at {@code clientAddress}, as fly's proxy names it. */
    public static EventStream openFrom(int port, String game, String token, String clientAddress) {
        return new EventStream(port, "/api/games/" + game + "/events", token, Map.of("Fly-Client-IP", clientAddress));
    }

    public static EventStream openPath(int port, String path, String token) {
        return new EventStream(port, path, token, Map.of());
    }

    /** A spectator's stream of a game, sent with these extra request headers. */
    public static EventStream openWith(int port, String game, Map<String, String> headers) {
        return new EventStream(port, "/api/games/" + game + "/events", null, headers);
    }

    public static EventStream resume(int port, String game, String token, String lastEventId) {
        return new EventStream(port, "/api/games/" + game + "/events", token, Map.of("Last-Event-ID", lastEventId));
    }

    private synchronized void received(String chunk) {
        raw.append(chunk);
        pending.append(chunk);
        int end;
        while ((end = pending.indexOf("\n\n")) >= 0) {
            String frame = pending.substring(0, end);
            pending.delete(0, end + 2);
            Event event = parse(frame);
            if (event != null) {
                events.add(event);
                arrivals.add(event);
            }
        }
    }

    private static Event parse(String frame) {
        String id = null;
        String type = "message";
        StringBuilder data = new StringBuilder();
        boolean any = false;
        for (String line : frame.split("\n")) {
            if (line.startsWith(":")) {
                continue;
            }
            any = true;
            if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                type = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(data.isEmpty() ? "" : "\n").append(line.substring(5));
            }
        }
        return any ? new Event(id, type, data.toString()) : null;
    }

    /** Waits for the next event that matches, passing over others; fails after the timeout. */
    public Event await(Predicate<Event> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Event next = arrivals.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("no matching event within " + timeout + "; received " + events());
                }
                if (wanted.test(next)) {
                    return next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Event await(String type) {
        return await(e -> e.type().equals(type), Duration.ofSeconds(10));
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public synchronized String raw() {
        return raw.toString();
    }

    /** Whether the server ended the stream within the timeout. */
    public boolean awaitEnd(Duration timeout) {
        try {
            return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        connection.dispose();
    }
}
