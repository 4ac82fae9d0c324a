package io.tilecast.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tilecast.game.lexicon.Lexicon;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * How long one move takes to reach everyone watching its game: {@code watchers} streams on
 * {@code GET /api/games/{id}/events} (some anonymous spectators, some with a seated player's token,
 * some with another player's), then moves one at a time, each timed from just before its request
 * is sent until the last watcher has read its {@code moved} event (matched on {@code id:}, the
 * version). Moves are real plays found by a small word finder, else exchanges or passes; when a
 * game ends, the watchers move to a new one.
 *
 * <p>First, warm-up moves with every watcher, not timed, so that the JIT has compiled everything
 * a busy server runs (the moves, the hand-over to the watchers, and the streams opened and closed
 * as games end), rather than timing the interpreter and the compiler; then the measured moves.
 *
 * <p>The watchers are plain HTTP/1.1 connections on two event-loop threads of their own (see
 * {@link Watcher}); the moves and the views go through Reactor Netty's client on two others.
 *
 * <p>Arguments: watchers, measured moves, warm-up moves (defaults 1000, 200, 1000).
 */
public final class FanOut {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    /** The time between one move's last delivery and the next move. */
    private static final Duration PAUSE = Duration.ofMillis(20);

    private final Api api;
    private final Watchers watchers;
    private final Lexicon lexicon = Lexicon.english();
    private final Api.Player first;
    private final Api.Player second;
    private final long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
    private final Histogram last = new ConcurrentHistogram(MINUTE, 3);
    private final Histogram firstArrival = new ConcurrentHistogram(MINUTE, 3);
    private final Histogram every = new ConcurrentHistogram(MINUTE, 3);
    private final Histogram ack = new ConcurrentHistogram(MINUTE, 3);
    private int moves;
    private int games;
    private int plays;
    private int incomplete;

    private FanOut(Api api, Watchers watchers) {
        this.api = api;
        this.watchers = watchers;
        this.first = api.register("alice").block();
        this.second = api.register("bob").block();
    }

    public static void main(String[] args) throws Exception {
        int watcherCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int measuredMoves = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmUpMoves = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;

        try (BenchServer server = BenchServer.start(BenchServer.NO_LIMITS);
             Api api = new Api(server.port(), 64);
             Watchers watchers = new Watchers(server.port(), 2)) {
            System.out.printf("Fan-out: %d watchers of one game (%d%% anonymous, %d%% seated players, %d%% other"
                            + " players), %d moves measured after %d warm-up moves; watchers in the server's JVM"
                            + " on 2 event-loop threads of their own, plain HTTP/1.1 connections; JDK %s, %d cores%n",
                    watcherCount, 60, 30, 10, measuredMoves, warmUpMoves, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            FanOut bench = new FanOut(api, watchers);
            List<String> tokens = bench.tokens(watcherCount);
            MeterRegistry meters = server.bean(MeterRegistry.class);
            TimerWindow serverFanout = new TimerWindow(meters.get("tilecast.fanout.latency").timer());
            TimerWindow serverAck = new TimerWindow(meters.get("tilecast.command.ack.latency").timer());

            bench.play(tokens, warmUpMoves, false);
            bench.reset();
            serverFanout.open();
            serverAck.open();
            String loadBefore = Latencies.loadAverage();
            Latencies.JvmTime jvmBefore = Latencies.JvmTime.now();
            long started = System.nanoTime();
            try (Recording recording = measuredPhaseRecording()) {
                bench.play(tokens, measuredMoves, true);
                if (recording != null) {
                    recording.dump(Path.of(System.getProperty("bench.record")));
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Latencies.JvmTime jvm = Latencies.JvmTime.now().minus(jvmBefore);

            System.out.printf("%d moves measured (%d plays, the rest exchanges or passes) over %d games in %.1f s;"
                            + " moves whose %d deliveries did not all arrive within 10 s: %d;"
                            + " load average %s -> %s%n",
                    bench.last.getTotalCount() + bench.incomplete, bench.plays, bench.games, seconds, watcherCount,
                    bench.incomplete, loadBefore, Latencies.loadAverage());
            System.out.printf("move sent -> last watcher has it:  %s%n", Latencies.summary(bench.last));
            System.out.printf("move sent -> first watcher has it: %s%n", Latencies.summary(bench.firstArrival));
            System.out.printf("move sent -> each delivery:        %s%n", Latencies.summary(bench.every));
            System.out.printf("move sent -> acknowledged:         %s%n", Latencies.summary(bench.ack));
            System.out.printf("JVM while measuring (server, client, word finder): %s%n", jvm.describe(seconds));
            System.out.printf("server tilecast.command.ack.latency (the host applying a command): %s%n",
                    serverAck.describe("commands"));
            System.out.printf("server tilecast.fanout.latency (an event written to every watcher's socket): %s%n",
                    serverFanout.describe("events"));
        }
        System.exit(0);
    }

    /** A flight recording of the measured moves alone, when {@code -Dbench.record=file.jfr} asks for one. */
    private static Recording measuredPhaseRecording() throws Exception {
        if (System.getProperty("bench.record") == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    /** 60% anonymous spectators, 30% the seated players (two of them the first's), 10% other players. */
    private List<String> tokens(int watcherCount) {
        List<Api.Player> others = Flux.range(0, 100).flatMapSequential(i -> api.register("carol" + i), 16)
                .collectList().block();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < watcherCount; i++) {
            tokens.add(switch (i % 10) {
                case 0, 1, 2 -> i % 2 == 0 ? first.token() : second.token();
                case 3 -> others.get(i % others.size()).token();
                default -> null;
            });
        }
        return tokens;
    }

    private void reset() {
        moves = 0;
        games = 0;
        plays = 0;
        incomplete = 0;
        for (Histogram histogram : List.of(last, firstArrival, every, ack)) {
            histogram.reset();
        }
    }

    /**
     * {@code count} moves, each followed by a pause once all its deliveries have arrived, on games
     * watched by one stream per token; a game that ends is replaced by a new one (not timed).
     */
    private void play(List<String> tokens, int count, boolean measured) throws InterruptedException {
        int goal = moves + count;
        while (moves < goal && System.nanoTime() < deadline) {
            String game = api.startGame(first, second).block().id();
            games++;
            CountDownLatch snapshots = new CountDownLatch(tokens.size());
            AtomicReference<Arrivals> current = new AtomicReference<>();
            List<Watcher> streams = new ArrayList<>();
            for (String token : tokens) {
                streams.add(watchers.watch(game, token, (type, version) -> {
                    long now = System.nanoTime();
                    if (type.equals("snapshot")) {
                        snapshots.countDown();
                    } else if (type.equals("moved")) {
                        Arrivals arrivals = current.get();
                        if (arrivals != null && arrivals.awaited(version)) {
                            arrivals.arrived(now, measured ? every : null);
                        }
                    }
                }));
            }
            // Every stream has its snapshot, or time is up (and the moves below stop at once).
            snapshots.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            boolean over = false;
            while (!over && moves < goal && System.nanoTime() < deadline) {
                over = move(game, tokens.size(), current, measured);
                moves++;
                Thread.sleep(PAUSE.toMillis());
            }
            streams.forEach(Watcher::close);
        }
    }

    /** One move, timed from just before it is sent until its last delivery; true if it ended the game. */
    private boolean move(String game, int watcherCount, AtomicReference<Arrivals> current, boolean measured)
            throws InterruptedException {
        JsonNode view = api.get("/api/games/" + game, null).block().json();
        Api.Player mover = view.get("turn").asInt() == 0 ? first : second;
        JsonNode own = api.get("/api/games/" + game, mover.token()).block().json();
        String body = move(own, lexicon);
        plays += body.contains("\"place\"") ? 1 : 0;
        Arrivals arrivals = new Arrivals(own.get("version").asInt() + 1, watcherCount);
        current.set(arrivals);
        arrivals.send();
        Api.Reply reply = api.post("/api/games/" + game + "/moves", mover.token(), body).block();
        long acked = System.nanoTime() - arrivals.sent();
        reply.expect(200, "move " + body);
        boolean complete = arrivals.await(10);
        if (measured) {
            ack.recordValue(acked);
            if (complete) {
                last.recordValue(arrivals.toLast());
                firstArrival.recordValue(arrivals.toFirst());
            } else {
                incomplete++;
            }
        }
        return reply.json().get("over").asBoolean();
    }

    /** What a server timer recorded since {@link #open()}: count and mean. */
    private static final class TimerWindow {
        private final Timer timer;
        private long count;
        private double total;

        TimerWindow(Timer timer) {
            this.timer = timer;
        }

        void open() {
            count = timer.count();
            total = timer.totalTime(TimeUnit.NANOSECONDS);
        }

        String describe(String what) {
            long n = timer.count() - count;
            double mean = n == 0 ? 0 : (timer.totalTime(TimeUnit.NANOSECONDS) - total) / n;
            return "mean " + Latencies.ms((long) mean) + " ms over " + n + " " + what;
        }
    }

    private static String move(JsonNode view, Lexicon lexicon) {
        List<String> rows = new ArrayList<>();
        view.get("board").forEach(row -> rows.add(row.asString()));
        return TrackedGame.body(view.get("version").asInt(), rows, view.get("rack").asString(),
                view.get("bag").asInt(), lexicon);
    }
}
