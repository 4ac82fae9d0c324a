package io.tilecast.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * What the master bot and analyses cost the other games on one process: the acknowledgement of moves in ordinary games
 * between people, measured alone, then while games against the master are played and the analyses of finished games
 * are asked for on the same process. The server runs in a JVM of its own with its defaults for the computer (master
 * budget 1 s, master threads and analysis threads half the cores, 20 master games, 2 analysis permits).
 *
 * <p>Each human slot plays games one after another: created, joined and started, then six scoreless moves (seat 0
 * exchanges a tile, seat 1 passes) after a think time of 50–150 % of the mean; only the moves are timed. Each master
 * slot plays a game against {@code bot-master}, passing whenever it is its turn (looking every 250 ms), and starts
 * another when one ends; they begin 3 s before the window. The analyses are of games played to their end beforehand,
 * all asked for as the window begins; each refusal is asked again after 1 s rather than the 5 s the server says, to
 * keep every permit taken.
 *
 * <p>Arguments: human games, window seconds, master games, finished games analysed, mean think time ms (defaults
 * 100, 20, 20, 50, 500).
 */
public final class ComputerCost {

    private static final Duration WAIT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        int humans = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Duration window = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 20);
        int masters = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int analysed = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        Duration think = Duration.ofMillis(args.length > 4 ? Long.parseLong(args[4]) : 500);
        try (EmbeddedPostgres postgres = BenchPostgres.start("tilecast-computer-cost");
             TilecastProcess tilecast = TilecastProcess.start(
                     "postgres://postgres:@127.0.0.1:" + postgres.getPort() + "/postgres", List.of("-Xmx1g"),
                     BenchServer.NO_LIMITS);
             Api api = new Api(tilecast.port(), humans + masters + analysed + 16)) {
            System.out.printf("What master and analysis cost other games: %d games between people, %d s windows,"
                            + " think time %d ms on average; load: %d master games, analyses of %d finished games;"
                            + " server: its own JVM -Xmx1g; client: this JVM; JDK %s, %d cores, load %s%n",
                    humans, window.toSeconds(), think.toMillis(), masters, analysed, Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Latencies.loadAverage());
            List<Api.Player> people = register(api, "h", 2 * humans);
            List<Api.Player> masterPlayers = register(api, "m", masters);
            long before = System.nanoTime();
            List<String> finished = FinishedGames.play(api, register(api, "f", 2 * analysed), analysed);
            System.out.printf("%d games played to their end for the analyses in %.1f s%n", finished.size(),
                    (System.nanoTime() - before) / 1e9);

            humanGames(api, people, Duration.ofSeconds(10), think, tilecast);
            Histogram alone = humanGames(api, people, window, think, tilecast);
            System.out.printf("%-8s %s%n", "alone", describe(alone));

            ComputerLoad load = ComputerLoad.start(api, masterPlayers);
            Thread.sleep(3_000); // every master game created and thinking
            load.analyse(api, finished);
            Histogram loaded = humanGames(api, people, window, think, tilecast);
            System.out.printf("%-8s %s%n", "loaded", describe(loaded));
            System.out.printf("%-8s %s%n", "", load.stop());
            System.out.printf("ratio loaded/alone: p50 %.2f, p99 %.2f%n",
                    (double) loaded.getValueAtPercentile(50) / alone.getValueAtPercentile(50),
                    (double) loaded.getValueAtPercentile(99) / alone.getValueAtPercentile(99));
        }
        System.exit(0);
    }

    private static List<Api.Player> register(Api api, String prefix, int count) {
        return Flux.range(0, count).flatMapSequential(i -> api.register(prefix + i), 32).collectList().block(WAIT);
    }

    private static String describe(Histogram latency) {
        return String.format("%,d moves; ack %s", latency.getTotalCount(), Latencies.summary(latency));
    }

    /** Plays the people's games for {@code window}; gives the acknowledgement latency of their moves. */
    private static Histogram humanGames(Api api, List<Api.Player> people, Duration window, Duration think,
                                        TilecastProcess server) throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(1), 3);
        AtomicLong failures = new AtomicLong();
        long stop = System.nanoTime() + window.toNanos();
        String load = Latencies.loadAverage();
        Duration cpu = serverCpu(server);
        try (ExecutorService slots = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int slot = 0; slot < people.size() / 2; slot++) {
                Api.Player first = people.get(2 * slot);
                Api.Player second = people.get(2 * slot + 1);
                slots.execute(() -> {
                    while (System.nanoTime() < stop) {
                        try {
                            playGame(api, first, second, think, stop, latency);
                        } catch (RuntimeException | InterruptedException e) {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
        }
        System.out.printf("  window of %d s: load average %s -> %s, server CPU %.2f cores, failed games %d%n",
                window.toSeconds(), load, Latencies.loadAverage(),
                (serverCpu(server).minus(cpu).toNanos() / 1e9) / window.toSeconds(), failures.get());
        return latency;
    }

    private static void playGame(Api api, Api.Player first, Api.Player second, Duration think, long stop,
                                 Histogram latency) throws InterruptedException {
        Api.StartedGame started = api.startGame(first, second).block(WAIT);
        int version = started.view().get("version").asInt();
        String rack = started.view().get("rack").asString();
        for (int turn = 0; turn < 6 && System.nanoTime() < stop; turn++) {
            long nanos = think.toNanos();
            Thread.sleep(Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(nanos)));
            boolean exchange = turn % 2 == 0;
            String body = exchange
                    ? "{\"type\":\"exchange\",\"version\":" + version + ",\"letters\":\"" + rack.charAt(0) + "\"}"
                    : "{\"type\":\"pass\",\"version\":" + version + "}";
            long sent = System.nanoTime();
            Api.Reply reply = api.post("/api/games/" + started.id() + "/moves",
                    (exchange ? first : second).token(), body).block(WAIT);
            latency.recordValue(System.nanoTime() - sent);
            JsonNode ack = reply.expect(200, "move").json();
            version = ack.get("version").asInt();
            if (exchange) {
                rack = ack.get("rack").asString();
            }
        }
    }

    private static Duration serverCpu(TilecastProcess server) {
        return server.process().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
