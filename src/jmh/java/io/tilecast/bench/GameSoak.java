package io.tilecast.bench;

import io.tilecast.play.hosting.HostedGames;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Whether memory stays bounded over many games: {@code games} short games played through one
 * process as fast as {@code slots} pairs of players go, each slot starting its next game
 * as one ends. A game is created, joined and started, then six passes end it; every tenth game is
 * abandoned after its start instead, to leave memory as an idle game. Every 10 s the program takes
 * a full collection and prints the live heap, the games hosted and the games in play.
 *
 * <p>The server runs in this JVM (so the heap includes the client's few objects), its limits off (one
 * loopback address stands for every client), with
 * {@code tilecast.play.idle-after} shortened so abandoned games leave within the run.
 *
 * <p>Arguments: games, slots, idle time (defaults 100000, 64, 30s).
 */
public final class GameSoak {

    private static final int PASSES_TO_END = 6;
    private static final int ABANDON_EVERY = 10;

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int slots = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String idle = args.length > 2 ? args[2] : "30s";
        try (BenchServer server = BenchServer.start(BenchServer.NO_LIMITS, "tilecast.play.idle-after=" + idle);
             Api api = new Api(server.port(), slots + 8)) {
            System.out.printf("Soak: %,d games through one process, %d at a time, every %dth abandoned; idle-after %s,"
                            + " finished-linger default; JDK %s, %d cores, max heap %d MB%n", games, slots,
                    ABANDON_EVERY, idle, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            List<Api.Player> players = Flux.range(0, 2 * slots)
                    .flatMapSequential(i -> api.register("soak" + i), 32)
                    .collectList().block(Duration.ofMinutes(2));
            AtomicInteger begun = new AtomicInteger();
            AtomicLong finished = new AtomicLong();
            AtomicInteger inPlay = new AtomicInteger();
            HostedGames hosted = server.bean(HostedGames.class);
            long start = System.nanoTime();
            List<String> samples = new ArrayList<>();
            var sampling = Flux.interval(Duration.ofSeconds(10), Schedulers.single())
                    .subscribe(tick -> samples.add(sample(start, finished.get(), inPlay.get(), hosted.size())));

            Flux.range(0, slots)
                    .flatMap(slot -> Mono.defer(() -> {
                                int number = begun.getAndIncrement();
                                return number >= games ? Mono.<Boolean>empty()
                                        : play(api, players.get(2 * slot), players.get(2 * slot + 1),
                                                number % ABANDON_EVERY == ABANDON_EVERY - 1, inPlay)
                                        .doOnNext(done -> finished.incrementAndGet());
                            })
                            .repeat(() -> begun.get() < games), slots)
                    .blockLast(Duration.ofHours(2));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("played %,d games in %.0f s: %.0f games/s, %.0f requests/s%n", finished.get(), seconds,
                    finished.get() / seconds, finished.get() * (3 + PASSES_TO_END * 0.9) / seconds);
            // Then nothing: the abandoned games leave once idle, the finished ones after their linger.
            while (hosted.size() > 0 && (System.nanoTime() - start) / 1e9 < seconds + 120) {
                Thread.sleep(1_000);
            }
            samples.add(sample(start, finished.get(), inPlay.get(), hosted.size()));
            sampling.dispose();
            System.out.println("after the last game: " + samples.getLast());
        }
        System.exit(0);
    }

    /** One game: create, join, start, then passes to the end, or nothing more if abandoned. */
    private static Mono<Boolean> play(Api api, Api.Player first, Api.Player second, boolean abandon,
                                      AtomicInteger inPlay) {
        return api.startGame(first, second).flatMap(game -> {
            if (abandon) {
                return Mono.just(true);
            }
            inPlay.incrementAndGet();
            int version = game.view().get("version").asInt();
            return passes(api, game.id(), new Api.Player[] {first, second}, version, 0)
                    .doFinally(signal -> inPlay.decrementAndGet());
        });
    }

    private static Mono<Boolean> passes(Api api, String game, Api.Player[] seats, int version, int turn) {
        return api.post("/api/games/" + game + "/moves", seats[turn % 2].token(),
                        "{\"type\":\"pass\",\"version\":" + version + "}")
                .map(reply -> reply.expect(200, "pass").json())
                .flatMap(ack -> ack.get("over").asBoolean() ? Mono.just(true)
                        : passes(api, game, seats, ack.get("version").asInt(), turn + 1));
    }

    private static String sample(long start, long finished, int inPlay, int hosted) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        String line = String.format("%4.0f s  games %,8d  in play %4d  hosted %,6d  live heap %5.1f MB",
                (System.nanoTime() - start) / 1e9, finished, inPlay, hosted,
                memory.getHeapMemoryUsage().getUsed() / 1048576.0);
        System.out.println(line);
        return line;
    }
}
