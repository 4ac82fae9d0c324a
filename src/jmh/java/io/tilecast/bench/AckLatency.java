package io.tilecast.bench;

import io.tilecast.journal.Journal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * How long a move takes to be acknowledged, seen by the client, with many games in play at once:
 * {@code slots} games are played concurrently over HTTP on loopback, each by its two players in
 * turn with a think time between moves; as one ends, its slot starts the next (set up beforehand).
 * A game is six scoreless moves (seat 0 exchanges one tile, seat 1 passes), the sixth ending it.
 *
 * <p>Rounds: a warm-up, discarded; a normal round; the same with every write to
 * {@code game_events}, {@code games} and {@code players} made 100 ms slower by statement triggers;
 * a normal round again, once the triggers are dropped. The journal's depth and lag are sampled
 * throughout.
 *
 * <p>Arguments: concurrent games, games per slot per measured round, mean think time in ms
 * (defaults 1000, 4, 500).
 */
public final class AckLatency {

    private static final int MOVES_PER_GAME = 6;

    public static void main(String[] args) throws Exception {
        int slots = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int gamesPerSlot = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Duration think = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 500);

        try (BenchServer server = BenchServer.start(BenchServer.NO_LIMITS);
             Api api = new Api(server.port(), slots + 64)) {
            Journal journal = server.bean(Journal.class);
            System.out.printf("Ack latency: %d concurrent games, %d moves each, think time %d ms on average"
                            + " (%d to %d), client in the server's JVM on its own 2 event-loop threads; JDK %s, %d cores%n",
                    slots, MOVES_PER_GAME, think.toMillis(), think.toMillis() / 2, think.toMillis() * 3 / 2,
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            List<Api.Player> players = Flux.range(0, 2 * slots)
                    .flatMapSequential(i -> api.register("bench" + i), 32)
                    .collectList().block(Duration.ofMinutes(2));

            round("warm-up", api, journal, players, slots, 3, think);
            round("normal", api, journal, players, slots, gamesPerSlot, think);

            List<List<Game>> games = setUp(api, players, slots, gamesPerSlot);
            journal.flush(Duration.ofMinutes(1)).block();
            server.sql("""
                            CREATE FUNCTION bench_slow_write() RETURNS trigger AS $$
                            BEGIN PERFORM pg_sleep(0.1); RETURN NULL; END $$ LANGUAGE plpgsql""",
                    "CREATE TRIGGER slow_events BEFORE INSERT OR UPDATE ON game_events"
                            + " FOR EACH STATEMENT EXECUTE FUNCTION bench_slow_write()",
                    "CREATE TRIGGER slow_games BEFORE INSERT OR UPDATE ON games"
                            + " FOR EACH STATEMENT EXECUTE FUNCTION bench_slow_write()",
                    "CREATE TRIGGER slow_players BEFORE INSERT OR UPDATE ON players"
                            + " FOR EACH STATEMENT EXECUTE FUNCTION bench_slow_write()");
            play("slow database", api, journal, games, think);
            server.sql("DROP TRIGGER slow_events ON game_events", "DROP TRIGGER slow_games ON games",
                    "DROP TRIGGER slow_players ON players");
            int backlog = journal.depth();
            long drainStart = System.nanoTime();
            journal.flush(Duration.ofMinutes(2)).block();
            System.out.printf("triggers dropped: the journal's backlog of %,d entries was written in %.2f s%n",
                    backlog, (System.nanoTime() - drainStart) / 1e9);
            round("normal again", api, journal, players, slots, gamesPerSlot, think);
        }
        System.exit(0);
    }

    private static void round(String name, Api api, Journal journal, List<Api.Player> players, int slots,
                              int gamesPerSlot, Duration think) {
        List<List<Game>> games = setUp(api, players, slots, gamesPerSlot);
        journal.flush(Duration.ofMinutes(1)).block();
        play(name, api, journal, games, think);
    }

    /** One game in play, as its players know it: the version and seat 0's rack. */
    private static final class Game {
        final String id;
        final Api.Player first;
        final Api.Player second;
        int version;
        String rack;

        Game(String id, Api.Player first, Api.Player second, int version, String rack) {
            this.id = id;
            this.first = first;
            this.second = second;
            this.version = version;
            this.rack = rack;
        }
    }

    /** Creates, joins and starts each slot's games; slot i is played by players 2i and 2i+1. */
    private static List<List<Game>> setUp(Api api, List<Api.Player> players, int slots, int gamesPerSlot) {
        return Flux.range(0, slots)
                .flatMapSequential(slot -> Flux.range(0, gamesPerSlot)
                        .concatMap(g -> newGame(api, players.get(2 * slot), players.get(2 * slot + 1)))
                        .collectList(), 64)
                .collectList().block(Duration.ofMinutes(3));
    }

    private static Mono<Game> newGame(Api api, Api.Player first, Api.Player second) {
        return api.startGame(first, second).map(started -> new Game(started.id(), first, second,
                started.view().get("version").asInt(), started.view().get("rack").asString()));
    }

    private static void play(String name, Api api, Journal journal, List<List<Game>> games, Duration think) {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(1), 3);
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        JournalSampler sampler = new JournalSampler(journal);
        String loadBefore = Latencies.loadAverage();
        Latencies.JvmTime jvmBefore = Latencies.JvmTime.now();
        long started = System.nanoTime();
        Flux.fromIterable(games)
                .flatMap(slot -> Mono.delay(Duration.ofNanos(ThreadLocalRandom.current().nextLong(think.toNanos())))
                        .thenMany(Flux.fromIterable(slot).concatMap(game -> playGame(api, game, think, latency)
                                .onErrorResume(error -> {
                                    failures.computeIfAbsent(error.getMessage(), k -> new AtomicLong()).incrementAndGet();
                                    return Mono.empty();
                                }))), games.size())
                .blockLast(Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - started) / 1e9;
        Latencies.JvmTime jvm = Latencies.JvmTime.now().minus(jvmBefore);
        sampler.stop();
        System.out.printf("%-14s %,d moves in %.1f s = %,.0f moves/s; ack latency %s; failed games %s;"
                        + " load average %s -> %s%n",
                name, latency.getTotalCount(), seconds, latency.getTotalCount() / seconds, Latencies.summary(latency),
                failures.isEmpty() ? "0" : failures, loadBefore, Latencies.loadAverage());
        System.out.printf("%-14s JVM: %s%n", "", jvm.describe(seconds));
        System.out.printf("%-14s journal while playing: %s%n", "", sampler.summary());
    }

    private static Mono<Void> playGame(Api api, Game game, Duration think, Histogram latency) {
        return Flux.range(0, MOVES_PER_GAME)
                .concatMap(turn -> Mono.delay(thinkTime(think)).then(Mono.defer(() -> {
                    boolean first = turn % 2 == 0;
                    String body = first
                            ? "{\"type\":\"exchange\",\"version\":" + game.version + ",\"letters\":\""
                                    + game.rack.charAt(0) + "\"}"
                            : "{\"type\":\"pass\",\"version\":" + game.version + "}";
                    long sent = System.nanoTime();
                    return api.post("/api/games/" + game.id + "/moves", (first ? game.first : game.second).token(), body)
                            .map(reply -> {
                                latency.recordValue(System.nanoTime() - sent);
                                if (reply.status() != 200) {
                                    throw new IllegalStateException("move " + reply.status() + " " + reply.body());
                                }
                                JsonNode ack = reply.json();
                                game.version = ack.get("version").asInt();
                                if (first) {
                                    game.rack = ack.get("rack").asString();
                                }
                                return ack;
                            });
                })))
                .then();
    }

    private static Duration thinkTime(Duration mean) {
        long nanos = mean.toNanos();
        return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(nanos));
    }

    /** Reads the journal's depth and lag every 100 ms, and keeps one reading a second for the record. */
    private static final class JournalSampler {
        private final Journal journal;
        private final Thread thread;
        private final List<String> perSecond = new ArrayList<>();
        private volatile boolean running = true;
        private int maxDepth;
        private double maxLag;

        JournalSampler(Journal journal) {
            this.journal = journal;
            this.thread = Thread.ofPlatform().daemon().name("journal-sampler").start(this::sample);
        }

        private void sample() {
            long tick = 0;
            while (running && tick < 10 * 600) {
                int depth = journal.depth();
                double lag = journal.lagSeconds();
                synchronized (this) {
                    maxDepth = Math.max(maxDepth, depth);
                    maxLag = Math.max(maxLag, lag);
                    if (tick % 10 == 9) {
                        perSecond.add(String.format("%d/%.2f", depth, lag));
                    }
                }
                tick++;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized String summary() {
            return String.format("depth max %,d entries, lag max %.2f s; each second (depth/lag s): %s", maxDepth,
                    maxLag, String.join(" ", perSecond));
        }
    }
}
