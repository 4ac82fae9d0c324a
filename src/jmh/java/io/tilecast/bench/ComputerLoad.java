package io.tilecast.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * The computer's work on a server while it lasts: one player per master game, each passing whenever it is to move
 * and starting a new game when one ends, and one client per finished game asking for its analysis until it has it.
 */
final class ComputerLoad {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String MASTER = "{\"opponent\":\"bot-master\",\"clock\":null}";

    private final ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
    private volatile long analysesAsked;
    private final Histogram masterAnswers = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(5), 3);
    private final AtomicLong masterRefused = new AtomicLong();
    private final AtomicLong masterGames = new AtomicLong();
    private final AtomicLong analyses = new AtomicLong();
    private final AtomicLong analysisRefused = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile long lastAnalysis;
    private volatile boolean running = true;

    /** Starts a game against the master for each of {@code masterPlayers}. */
    static ComputerLoad start(Api api, List<Api.Player> masterPlayers) {
        ComputerLoad load = new ComputerLoad();
        masterPlayers.forEach(player -> load.clients.execute(() -> load.againstTheMaster(api, player)));
        return load;
    }

    /** Asks for the analysis of each finished game at once. */
    void analyse(Api api, List<String> finished) {
        analysesAsked = System.nanoTime();
        finished.forEach(game -> clients.execute(() -> analysis(api, game)));
    }

    private void againstTheMaster(Api api, Api.Player player) {
        while (running) {
            try {
                Api.Reply created = api.post("/api/games", player.token(), MASTER).block(WAIT);
                if (created.status() == 503) {
                    masterRefused.incrementAndGet();
                    Thread.sleep(1_000);
                    continue;
                }
                masterGames.incrementAndGet();
                playTheMaster(api, player, created.expect(201, "create").json().get("id").asString());
            } catch (RuntimeException | InterruptedException e) {
                failures.incrementAndGet();
            }
        }
    }

    /** Passes whenever it is this player's turn, until the game ends or the load stops (then it resigns). */
    private void playTheMaster(Api api, Api.Player player, String game) throws InterruptedException {
        long passed = 0;
        while (true) {
            JsonNode view = api.get("/api/games/" + game, player.token()).block(WAIT).expect(200, "view").json();
            if (view.get("status").asString().equals("finished")) {
                return;
            }
            int version = view.get("version").asInt();
            if (!running) {
                api.post("/api/games/" + game + "/moves", player.token(),
                        "{\"type\":\"resign\",\"version\":" + version + "}").block(WAIT);
                return;
            }
            if (view.get("turn").asInt() == 0) {
                if (passed != 0) {
                    masterAnswers.recordValue(System.nanoTime() - passed);
                }
                api.post("/api/games/" + game + "/moves", player.token(),
                        "{\"type\":\"pass\",\"version\":" + version + "}").block(WAIT).expect(200, "pass");
                passed = System.nanoTime();
            }
            Thread.sleep(250);
        }
    }

    private void analysis(Api api, String game) {
        while (running) {
            try {
                Api.Reply reply = api.get("/api/games/" + game + "/analysis", null).block(WAIT);
                if (reply.status() == 200) {
                    analyses.incrementAndGet();
                    lastAnalysis = System.nanoTime();
                    return;
                }
                analysisRefused.incrementAndGet();
                Thread.sleep(1_000);
            } catch (RuntimeException | InterruptedException e) {
                failures.incrementAndGet();
                return;
            }
        }
    }

    /** Ends the load (the master games are resigned); says what the computer did meanwhile. */
    String stop() {
        running = false;
        clients.close();
        return String.format("meanwhile: %d master games, %,d master moves, each answered in %s (from the pass to"
                        + " seeing the answer, by 250 ms looks); %d master games refused (503 computer-busy);"
                        + " %d of the analyses worked out, the last %.1f s after they were asked for,"
                        + " %d asks refused (503 analysis-busy); %d failures",
                masterGames.get(), masterAnswers.getTotalCount(), Latencies.summary(masterAnswers),
                masterRefused.get(), analyses.get(), lastAnalysis == 0 ? 0 : (lastAnalysis - analysesAsked) / 1e9,
                analysisRefused.get(), failures.get());
    }
}
