package io.tilecast.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tilecast.game.Lexicon;
import io.tilecast.game.Placement;
import io.tilecast.game.WordFinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>Arguments: watchers, measured moves, warm-up moves (defaults 1000, 200, 40).
 */
public final class FanOut {

    public static void main(String[] args) throws Exception {
        int watcherCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int measuredMoves = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmUpMoves = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);

        Lexicon lexicon = Lexicon.english();
        try (BenchServer server = BenchServer.start();
             Api api = new Api(server.port(), watcherCount + 64)) {
            System.out.printf("Fan-out: %d watchers of one game (%d%% anonymous, %d%% seated players, %d%% other"
                            + " players), %d moves measured after %d warm-up moves; client in the server's JVM on its"
                            + " own 2 event-loop threads; JDK %s, %d cores%n",
                    watcherCount, 60, 30, 10, measuredMoves, warmUpMoves, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            Api.Player first = api.register("alice").block();
            Api.Player second = api.register("bob").block();
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

            Histogram last = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(1), 3);
            Histogram firstArrival = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(1), 3);
            Histogram every = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(1), 3);
            Histogram ack = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(1), 3);
            Timer serverFanout = server.bean(MeterRegistry.class).get("tilecast.fanout.latency").timer();
            long serverCount = 0;
            double serverTotal = 0;
            int moves = 0;
            int games = 0;
            int incomplete = 0;
            int plays = 0;
            String loadBefore = Latencies.loadAverage();
            long started = 0;
            Latencies.JvmTime jvmBefore = null;
            while (moves < warmUpMoves + measuredMoves && System.nanoTime() < deadline) {
                String game = api.post("/api/games", first.token(), "{\"seats\":2}").block()
                        .expect(201, "create").json().get("id").asString();
                api.post("/api/games/" + game + "/join", second.token(), null).block().expect(200, "join");
                api.post("/api/games/" + game + "/start", first.token(), null).block().expect(200, "start");
                games++;
                AtomicInteger snapshots = new AtomicInteger();
                AtomicReference<Arrivals> current = new AtomicReference<>();
                List<Watcher> watchers = new ArrayList<>();
                for (String token : tokens) {
                    watchers.add(new Watcher(api.http(), game, token, (type, version) -> {
                        long now = System.nanoTime();
                        if (type.equals("snapshot")) {
                            snapshots.incrementAndGet();
                        } else if (type.equals("moved")) {
                            Arrivals arrivals = current.get();
                            if (arrivals != null && arrivals.version == version) {
                                arrivals.arrived(now, every);
                            }
                        }
                    }));
                }
                while (snapshots.get() < watcherCount && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                boolean over = false;
                while (!over && moves < warmUpMoves + measuredMoves && System.nanoTime() < deadline) {
                    JsonNode view = api.get("/api/games/" + game, null).block().json();
                    Api.Player mover = view.get("turn").asInt() == 0 ? first : second;
                    JsonNode own = api.get("/api/games/" + game, mover.token()).block().json();
                    String body = move(own, lexicon);
                    plays += moves >= warmUpMoves && body.contains("\"place\"") ? 1 : 0;
                    if (moves == warmUpMoves) {
                        started = System.nanoTime();
                        serverCount = serverFanout.count();
                        serverTotal = serverFanout.totalTime(TimeUnit.NANOSECONDS);
                        jvmBefore = Latencies.JvmTime.now();
                    }
                    Arrivals arrivals = new Arrivals(own.get("version").asInt() + 1, watcherCount,
                            moves >= warmUpMoves);
                    current.set(arrivals);
                    arrivals.sent = System.nanoTime();
                    Api.Reply reply = api.post("/api/games/" + game + "/moves", mover.token(), body).block();
                    long acked = System.nanoTime() - arrivals.sent;
                    reply.expect(200, "move " + body);
                    over = reply.json().get("over").asBoolean();
                    boolean complete = arrivals.done.await(10, TimeUnit.SECONDS);
                    if (moves >= warmUpMoves) {
                        ack.recordValue(acked);
                        if (complete) {
                            last.recordValue(arrivals.last.get() - arrivals.sent);
                            firstArrival.recordValue(arrivals.first.get() - arrivals.sent);
                        } else {
                            incomplete++;
                        }
                    }
                    moves++;
                    Thread.sleep(20);
                }
                watchers.forEach(Watcher::close);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Latencies.JvmTime jvm = Latencies.JvmTime.now().minus(jvmBefore);
            long count = serverFanout.count() - serverCount;
            double mean = count == 0 ? 0 : (serverFanout.totalTime(TimeUnit.NANOSECONDS) - serverTotal) / count;
            System.out.printf("%d moves measured (%d plays, the rest exchanges or passes) over %d games in %.1f s;"
                            + " moves whose %d deliveries did not all arrive within 10 s: %d;"
                            + " load average %s -> %s%n",
                    last.getTotalCount() + incomplete, plays, games, seconds, watcherCount, incomplete, loadBefore,
                    Latencies.loadAverage());
            System.out.printf("move sent -> last watcher has it:  %s%n", Latencies.summary(last));
            System.out.printf("move sent -> first watcher has it: %s%n", Latencies.summary(firstArrival));
            System.out.printf("move sent -> each delivery:        %s%n", Latencies.summary(every));
            System.out.printf("move sent -> acknowledged:         %s%n", Latencies.summary(ack));
            System.out.printf("JVM while measuring (server, client, word finder): %s%n", jvm.describe(seconds));
            System.out.printf("server tilecast.fanout.latency (handing an event to every watcher's buffer):"
                    + " mean %s ms over %d events%n", Latencies.ms((long) mean), count);
        }
        System.exit(0);
    }

    /** A play if the word finder has one, else an exchange of three tiles while the bag allows, else a pass. */
    private static String move(JsonNode view, Lexicon lexicon) {
        int version = view.get("version").asInt();
        List<String> rows = new ArrayList<>();
        view.get("board").forEach(row -> rows.add(row.asString()));
        String rack = view.get("rack").asString();
        Optional<List<Placement>> play = WordFinder.play(rows, rack, lexicon);
        if (play.isPresent()) {
            StringBuilder tiles = new StringBuilder();
            for (Placement p : play.get()) {
                tiles.append(tiles.isEmpty() ? "" : ",").append(String.format(
                        "{\"row\":%d,\"col\":%d,\"letter\":\"%c\",\"blank\":%b}", p.row(), p.col(), p.letter(), p.blank()));
            }
            return "{\"type\":\"place\",\"version\":" + version + ",\"tiles\":[" + tiles + "]}";
        }
        if (view.get("bag").asInt() >= 7 && rack.length() >= 3) {
            return "{\"type\":\"exchange\",\"version\":" + version + ",\"letters\":\"" + rack.substring(0, 3) + "\"}";
        }
        return "{\"type\":\"pass\",\"version\":" + version + "}";
    }

    /** The deliveries of one move's {@code moved} event: when the first and the last arrived. */
    private static final class Arrivals {
        final int version;
        final int expected;
        final boolean measured;
        final AtomicInteger count = new AtomicInteger();
        final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong last = new AtomicLong();
        final CountDownLatch done = new CountDownLatch(1);
        volatile long sent;

        Arrivals(int version, int expected, boolean measured) {
            this.version = version;
            this.expected = expected;
            this.measured = measured;
        }

        void arrived(long now, Histogram every) {
            first.accumulateAndGet(now, Math::min);
            last.accumulateAndGet(now, Math::max);
            if (measured) {
                every.recordValue(Math.max(0, now - sent));
            }
            if (count.incrementAndGet() == expected) {
                done.countDown();
            }
        }
    }
}
