package io.tilecast.bench;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How often the database is asked for the lobby while pages follow the live lobby: for each number
 * of open lobby pages, the lobby reads ({@code tilecast.lobby.queries}) and the database's
 * transactions per second over a measured period, while a game is played (one pass a second) so
 * that the pages get {@code game} events. For comparison it prints what the lobby page used to
 * cost, two list queries every 3 s per page.
 *
 * <p>The lobby holds 40 games waiting and 20 in play. The pages are plain HTTP/1.1 connections on
 * two event-loop threads of their own ({@link Watcher}).
 *
 * <p>Arguments: measured seconds, then the page counts (defaults 30, 10 and 2000).
 */
public final class LobbyLoad {

    /** Passes made so far, across the page counts: six end a game, and the next pass goes to the next game. */
    private static final AtomicLong PASSES = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<Integer> counts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            counts.add(Integer.parseInt(args[i]));
        }
        if (counts.isEmpty()) {
            counts = List.of(10, 2000);
        }
        try (BenchServer server = BenchServer.start(BenchServer.NO_LIMITS, "tilecast.play.idle-after=1h");
             Api api = new Api(server.port(), 16);
             Watchers watchers = new Watchers(server.port(), 2)) {
            List<Api.Player> players = Flux.range(0, 120).concatMap(i -> api.register("lobby" + i)).collectList().block();
            for (int i = 0; i < 40; i++) {
                api.post("/api/games", players.get(i).token(), "{\"seats\":2}").block().expect(201, "create");
            }
            List<Api.StartedGame> played = new ArrayList<>();
            for (int i = 40; i < 80; i += 2) {
                played.add(api.startGame(players.get(i), players.get(i + 1)).block());
            }
            MeterRegistry registry = server.bean(MeterRegistry.class);
            System.out.printf("Live lobby: %d s measured per page count, 40 games waiting, 20 in play, a pass a second;"
                    + " JDK %s, %d cores%n", seconds, Runtime.version(), Runtime.getRuntime().availableProcessors());
            System.out.println("| open lobby pages | lobby queries/s | database transactions/s | `game` events a page received/s | the old page's polling, queries/s |");
            System.out.println("|---:|---:|---:|---:|---:|");
            for (int pages : counts) {
                measure(server, api, watchers, registry, played, players, pages, seconds);
            }
        }
    }

    private static void measure(BenchServer server, Api api, Watchers watchers, MeterRegistry registry,
                                List<Api.StartedGame> played, List<Api.Player> players, int pages, int seconds)
            throws Exception {
        CountDownLatch snapshots = new CountDownLatch(pages);
        AtomicLong gameEvents = new AtomicLong();
        List<Watcher> open = new ArrayList<>(pages);
        for (int page = 0; page < pages; page++) {
            open.add(watchers.lobby((type, id) -> {
                if (type.equals("snapshot")) {
                    snapshots.countDown();
                } else if (type.equals("game")) {
                    gameEvents.incrementAndGet();
                }
            }));
        }
        if (!snapshots.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException(snapshots.getCount() + " of " + pages + " pages got no snapshot");
        }
        Disposable passes = Flux.interval(java.time.Duration.ofSeconds(1))
                .onBackpressureDrop()
                .concatMap(tick -> pass(api, played, players, PASSES.getAndIncrement()))
                .subscribe();
        double queriesBefore = registry.counter("tilecast.lobby.queries").count();
        long transactionsBefore = transactions(server);
        long eventsBefore = gameEvents.get();
        long start = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds)); // the measured period: a benchmark, not a test
        double took = (System.nanoTime() - start) / 1e9;
        double queries = registry.counter("tilecast.lobby.queries").count() - queriesBefore;
        long transactions = transactions(server) - transactionsBefore;
        long events = gameEvents.get() - eventsBefore;
        passes.dispose();
        open.forEach(Watcher::close);
        System.out.printf("| %,d | %.2f | %.1f | %.2f | %.0f |%n", pages, queries / took, transactions / took,
                events / took / pages, pages * 2 / 3.0);
    }

    /** One pass in the next game in play, by the player to move (a game ends after six; then another). */
    private static Mono<Void> pass(Api api, List<Api.StartedGame> played, List<Api.Player> players, long tick) {
        int index = (int) (tick / 6) % played.size();
        Api.StartedGame game = played.get(index);
        Api.Player first = players.get(40 + 2 * index);
        Api.Player second = players.get(41 + 2 * index);
        return api.get("/api/games/" + game.id(), first.token())
                .flatMap(reply -> {
                    var view = reply.json();
                    if (!view.get("status").asString().equals("active")) {
                        return Mono.empty();
                    }
                    Api.Player mover = view.get("turn").asInt() == 0 ? first : second;
                    return api.post("/api/games/" + game.id() + "/moves", mover.token(),
                            "{\"type\":\"pass\",\"version\":" + view.get("version").asInt() + "}");
                })
                .onErrorResume(e -> Mono.empty())
                .then();
    }

    /** Transactions committed in the database so far (every query is one). */
    private static long transactions(BenchServer server) throws Exception {
        return server.query("SELECT xact_commit FROM pg_stat_database WHERE datname = 'postgres'");
    }
}
