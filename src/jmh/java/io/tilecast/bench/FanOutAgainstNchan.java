package io.tilecast.bench;

import io.tilecast.game.lexicon.Lexicon;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Fan-out beside a peer: Tilecast and nginx with the nchan module, each a process of its own,
 * under the same client (this JVM, its watchers on raw HTTP/1.1 connections), in one run.
 *
 * <p>Tilecast: one game at a time watched by {@code N} streams (60% spectators, 30% the seated
 * players, 10% other players), real-word moves, each timed from just before its request is sent
 * until the median and the last watcher have read its {@code moved} event. nchan: {@code N}
 * EventSource subscribers of one channel, and the same events published to it, the very bytes a
 * spectator of Tilecast was sent (recorded in the rounds before), timed the same way. Between two
 * publications, a pause of 20 ms once the last watcher has the event.
 *
 * <p>Server CPU time per delivered event: the server processes' CPU time (nginx: the master and
 * its workers), summed over each publication's window (from just before it is sent until the
 * pause after its last delivery), divided by the deliveries in those windows. Connection set-up
 * and new games fall outside the windows.
 *
 * <p>Last, what idle streams weigh: {@value #HELD_STREAMS} streams held open on one game by the one
 * Tilecast process, its heap after a full collection with and without them.
 *
 * <p>Arguments: watcher counts (comma-separated), rounds of each, publications per round, warm-up
 * publications (defaults {@code 1000,5000 2 150 400}), then the Tilecast server's JVM options (default
 * {@code -Xmx768m}).
 */
public final class FanOutAgainstNchan {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    private static final Duration PAUSE = Duration.ofMillis(20);
    private static final Duration ROUND_LIMIT = Duration.ofMinutes(5);
    private static final Duration SUBSCRIBED_LIMIT = Duration.ofSeconds(30);
    private static final int HELD_STREAMS = 15_000;

    /** What one round of one server measured. */
    static final class Round {
        final String server;
        final int watchers;
        final Histogram last = histogram();
        final Histogram median = histogram();
        final Histogram ack = histogram();
        long cpuNanos;
        long deliveries;
        int incomplete;

        Round(String server, int watchers) {
            this.server = server;
            this.watchers = watchers;
        }

        void timed(Arrivals arrivals, boolean complete, long acked, long cpu) {
            ack.recordValue(acked);
            cpuNanos += cpu;
            if (complete) {
                last.recordValue(arrivals.toLast());
                median.recordValue(arrivals.toMedian());
                deliveries += watchers;
            } else {
                incomplete++;
            }
        }

        double cpuMicrosPerDelivery() {
            return deliveries == 0 ? Double.NaN : cpuNanos / 1e3 / deliveries;
        }

        String describe() {
            return String.format("%-8s %5d watchers, %3d publications (%d incomplete): last watcher p50 %s p99 %s ms;"
                            + " median watcher p50 %s p99 %s ms; ack p50 %s ms; server CPU %.1f µs per delivered event",
                    server, watchers, last.getTotalCount() + incomplete, incomplete,
                    Latencies.ms(last.getValueAtPercentile(50)), Latencies.ms(last.getValueAtPercentile(99)),
                    Latencies.ms(median.getValueAtPercentile(50)), Latencies.ms(median.getValueAtPercentile(99)),
                    Latencies.ms(ack.getValueAtPercentile(50)), cpuMicrosPerDelivery());
        }
    }

    public static void main(String[] args) throws Exception {
        int[] counts = Arrays.stream((args.length > 0 ? args[0] : "1000,5000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int publications = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        List<String> serverJvm = args.length > 4 ? List.of(args).subList(4, args.length) : List.of("-Xmx768m");

        try (EmbeddedPostgres postgres = BenchPostgres.start("tilecast-peer");
             TilecastProcess tilecast = TilecastProcess.start(
                     "postgres://postgres:@127.0.0.1:" + postgres.getPort() + "/postgres", serverJvm,
                     BenchServer.NO_LIMITS);
             Nchan nchan = Nchan.start();
             Api api = new Api(tilecast.port(), 16);
             Watchers tilecastWatchers = new Watchers(tilecast.port(), 2);
             Watchers nchanWatchers = new Watchers(nchan.port(), 2)) {
            System.out.printf("Fan-out against nginx + nchan: %s watchers, %d rounds of %d publications each after %d"
                            + " warm-up; client: this JVM, watchers on 2 event-loop threads; Tilecast: JVM %s;"
                            + " nginx %s, 2 workers; JDK %s, %d cores, load average %s%n",
                    Arrays.toString(counts), rounds, publications, warmUp, serverJvm, nginxVersion(),
                    Runtime.version(), Runtime.getRuntime().availableProcessors(), Latencies.loadAverage());
            TilecastRounds tilecastRounds = new TilecastRounds(api, tilecastWatchers, tilecast.process(),
                    tilecast.port());
            NchanRounds nchanRounds = new NchanRounds(nchan, nchanWatchers);
            tilecastRounds.play(1_000, warmUp);
            nchanRounds.play(1_000, warmUp, tilecastRounds.payloads());
            System.out.printf("Warmed up; Tilecast's process is %d, nginx's %d%n", tilecast.process().pid(),
                    nchan.process().pid());

            Map<Integer, List<Round[]>> results = new LinkedHashMap<>();
            for (int count : counts) {
                for (int round = 1; round <= rounds; round++) {
                    Round ours = tilecastRounds.play(count, publications);
                    System.out.println(ours.describe());
                    Round peer = nchanRounds.play(count, publications, tilecastRounds.payloads());
                    System.out.println(peer.describe());
                    results.computeIfAbsent(count, c -> new ArrayList<>()).add(new Round[] {ours, peer});
                }
            }
            System.out.println();
            System.out.println("Tilecast / nchan (targets: last watcher p50 <= 1.5x, p99 <= 2x; CPU per delivered event"
                    + " <= 2x)");
            results.forEach((count, pairs) -> {
                for (Round[] pair : pairs) {
                    System.out.println(ratios(count, pair[0], pair[1]));
                }
            });
            System.out.println();
            System.out.println(tilecastRounds.hold(HELD_STREAMS));
            System.out.printf("load average at the end %s%n", Latencies.loadAverage());
        }
        System.exit(0);
    }

    private static String ratios(int count, Round ours, Round peer) {
        return String.format("%5d watchers: last p50 %.2fx, last p99 %.2fx, median p50 %.2fx, median p99 %.2fx,"
                        + " CPU per delivered event %.2fx (%.1f vs %.1f µs)", count,
                ratio(ours.last, peer.last, 50), ratio(ours.last, peer.last, 99),
                ratio(ours.median, peer.median, 50), ratio(ours.median, peer.median, 99),
                ours.cpuMicrosPerDelivery() / peer.cpuMicrosPerDelivery(), ours.cpuMicrosPerDelivery(),
                peer.cpuMicrosPerDelivery());
    }

    private static double ratio(Histogram ours, Histogram peer, double percentile) {
        return (double) ours.getValueAtPercentile(percentile) / peer.getValueAtPercentile(percentile);
    }

    private static Histogram histogram() {
        return new Histogram(MINUTE, 3);
    }

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

    /** CPU time so far of a process and every process it started. */
    static long cpuNanos(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    private static String nginxVersion() {
        try {
            Process nginx = new ProcessBuilder("/usr/sbin/nginx", "-v").redirectErrorStream(true).start();
            return new String(nginx.getInputStream().readAllBytes()).trim().replace("nginx version: ", "");
        } catch (Exception e) {
            return "?";
        }
    }

    /** One publication: sent, then every delivery awaited, then the pause; its server CPU time counted. */
    @FunctionalInterface
    interface Publication {
        /** Sends it; gives the time the sender waited for the server's answer. */
        long send(Arrivals arrivals) throws Exception;
    }

    static void timed(Round round, ProcessHandle server, Arrivals arrivals, Publication publication)
            throws Exception {
        long cpuBefore = cpuNanos(server);
        long acked = publication.send(arrivals);
        boolean complete = arrivals.await(10);
        Thread.sleep(PAUSE);
        round.timed(arrivals, complete, acked, cpuNanos(server) - cpuBefore);
    }

    /** Tilecast's side: games with watchers, moves timed to their deliveries. */
    static final class TilecastRounds {
        private final Api api;
        private final Watchers watchers;
        private final ProcessHandle server;
        private final Lexicon lexicon = Lexicon.english();
        private final Api.Player first;
        private final Api.Player second;
        private final List<Api.Player> others;
        private final List<String> payloads = new ArrayList<>();
        private final HttpClient recorderClient = HttpClient.newHttpClient();
        private final int port;

        TilecastRounds(Api api, Watchers watchers, ProcessHandle server, int port) {
            this.api = api;
            this.watchers = watchers;
            this.server = server;
            this.port = port;
            this.first = api.register("alice").block();
            this.second = api.register("bob").block();
            this.others = Flux.range(0, 100).flatMapSequential(i -> api.register("carol" + i), 16)
                    .collectList().block();
        }

        /** Spectators' {@code moved} data as Tilecast sent it, in order: what nchan is given to publish. */
        List<String> payloads() {
            return payloads;
        }

        Round play(int watcherCount, int moves) throws Exception {
            Round round = new Round("Tilecast", watcherCount);
            long deadline = System.nanoTime() + ROUND_LIMIT.toNanos();
            int made = 0;
            while (made < moves && System.nanoTime() < deadline) {
                Api.StartedGame started = api.startGame(first, second).block();
                TrackedGame game = new TrackedGame(started.view(),
                        api.get("/api/games/" + started.id(), second.token()).block().json());
                AtomicReference<Arrivals> current = new AtomicReference<>();
                List<Watcher> streams = new ArrayList<>();
                CountDownLatch snapshots = new CountDownLatch(watcherCount);
                for (int i = 0; i < watcherCount; i++) {
                    streams.add(watchers.watch(started.id(), token(i), (type, version) -> {
                        long now = System.nanoTime();
                        if (type.equals("snapshot")) {
                            snapshots.countDown();
                        } else if (type.equals("moved")) {
                            Arrivals arrivals = current.get();
                            if (arrivals != null && arrivals.awaited(version)) {
                                arrivals.arrived(now, null);
                            }
                        }
                    }));
                }
                snapshots.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                try (Recorder recorder = new Recorder(started.id())) {
                    boolean over = false;
                    while (!over && made < moves && System.nanoTime() < deadline) {
                        Api.Player mover = game.turn() == 0 ? first : second;
                        String body = game.nextMove(lexicon);
                        Arrivals arrivals = new Arrivals(game.version() + 1, watcherCount);
                        current.set(arrivals);
                        JsonNode[] reply = new JsonNode[1];
                        timed(round, server, arrivals, sent -> {
                            sent.send();
                            Api.Reply answer = api.post("/api/games/" + started.id() + "/moves", mover.token(), body)
                                    .block();
                            long acked = System.nanoTime() - sent.sent();
                            reply[0] = answer.expect(200, "move " + body).json();
                            return acked;
                        });
                        game.moved(reply[0]);
                        over = reply[0].get("over").asBoolean();
                        made++;
                    }
                }
                streams.forEach(Watcher::close);
            }
            return round;
        }

        /**
         * Opens {@code count} streams on one new game and leaves them idle: the heap a full collection
         * leaves (jcmd's {@code GC.run}, then {@code GC.heap_info}) before they open and once every
         * one has its snapshot, and the difference per stream.
         */
        String hold(int count) throws Exception {
            Api.StartedGame started = api.startGame(first, second).block();
            long before = heapAfterCollection();
            CountDownLatch snapshots = new CountDownLatch(count);
            List<Watcher> streams = new ArrayList<>();
            long opening = System.nanoTime();
            for (int i = 0; i < count; i++) {
                streams.add(watchers.watch(started.id(), token(i), (type, version) -> {
                    if (type.equals("snapshot")) {
                        snapshots.countDown();
                    }
                }));
            }
            boolean all = snapshots.await(ROUND_LIMIT.toNanos(), TimeUnit.NANOSECONDS);
            long opened = System.nanoTime() - opening;
            long after = heapAfterCollection();
            streams.forEach(Watcher::close);
            return String.format("Held by one Tilecast process: %,d idle streams on one game (%s), all with their"
                            + " snapshot in %.1f s; heap after a full collection %,d KB without them, %,d KB with"
                            + " them: %.1f KB per stream",
                    count, all ? "every one open" : (count - snapshots.getCount()) + " open", opened / 1e9,
                    before / 1024, after / 1024, (after - before) / 1024.0 / (count - snapshots.getCount()));
        }

        /** The server's used heap in bytes, right after a full collection. */
        private long heapAfterCollection() throws Exception {
            jcmd("GC.run");
            Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
            }
            return Long.parseLong(used.group(1)) * 1024;
        }

        private String jcmd(String command) throws Exception {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(server.pid()), command)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        }

        /** 60% spectators, 30% the seated players, 10% other players. */
        private String token(int watcher) {
            return switch (watcher % 10) {
                case 0, 1, 2 -> watcher % 2 == 0 ? first.token() : second.token();
                case 3 -> others.get(watcher % others.size()).token();
                default -> null;
            };
        }

        /** A spectator's stream of one game kept apart from the timed watchers, keeping its moves' data. */
        private final class Recorder implements AutoCloseable {
            private final Stream<String> lines;

            Recorder(String game) throws Exception {
                HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/games/" + game + "/events")).build();
                lines = recorderClient.send(request, HttpResponse.BodyHandlers.ofLines()).body();
                Thread.ofVirtual().start(this::read);
            }

            private void read() {
                boolean moved = false;
                try {
                    for (String line : (Iterable<String>) lines::iterator) {
                        if (line.startsWith("event:")) {
                            moved = line.substring(6).trim().equals("moved");
                        } else if (moved && line.startsWith("data:")) {
                            synchronized (payloads) {
                                payloads.add(line.substring(5));
                            }
                        }
                    }
                } catch (RuntimeException closed) {
                    // closed at the end of the game's rounds
                }
            }

            @Override
            public void close() {
                lines.close();
            }
        }
    }

    /** nchan's side: one channel per round, its subscribers, Tilecast's events published to it. */
    static final class NchanRounds {
        private final Nchan nchan;
        private final Watchers watchers;
        private int channels;

        NchanRounds(Nchan nchan, Watchers watchers) {
            this.nchan = nchan;
            this.watchers = watchers;
        }

        Round play(int watcherCount, int publications, List<String> payloads) throws Exception {
            List<String> messages;
            synchronized (payloads) {
                messages = List.copyOf(payloads);
            }
            String channel = "game" + ++channels;
            AtomicReference<Arrivals> current = new AtomicReference<>();
            List<Watcher> streams = new ArrayList<>();
            for (int i = 0; i < watcherCount; i++) {
                streams.add(watchers.subscribe("/sub?id=" + channel, null, (type, id) -> {
                    long now = System.nanoTime();
                    Arrivals arrivals = current.get();
                    if (type.equals("moved") && arrivals != null) {
                        arrivals.arrived(now, null);
                    }
                }));
            }
            long deadline = System.nanoTime() + ROUND_LIMIT.toNanos();
            long counted = System.nanoTime() + SUBSCRIBED_LIMIT.toNanos();
            int subscribed;
            while ((subscribed = nchan.subscribers(channel)) < watcherCount && System.nanoTime() < counted) {
                Thread.sleep(50); // nchan tells its subscriber count only when asked
            }
            if (subscribed < watcherCount) {
                // With two workers nchan at times counts only one worker's subscribers; a watcher that is
                // really missing shows as an incomplete publication.
                System.out.printf("nchan counts %d of %d subscribers after %d s; publishing anyway%n", subscribed,
                        watcherCount, SUBSCRIBED_LIMIT.toSeconds());
            }
            Round round = new Round("nchan", watcherCount);
            for (int i = 0; i < publications && System.nanoTime() < deadline; i++) {
                String message = messages.get(i % messages.size());
                Arrivals arrivals = new Arrivals(-1, watcherCount);
                current.set(arrivals);
                timed(round, nchan.process(), arrivals, sent -> {
                    sent.send();
                    int status = nchan.publish(channel, message);
                    long acked = System.nanoTime() - sent.sent();
                    if (status / 100 != 2) {
                        throw new IllegalStateException("nchan answered a publication with " + status);
                    }
                    return acked;
                });
            }
            streams.forEach(Watcher::close);
            return round;
        }
    }
}
