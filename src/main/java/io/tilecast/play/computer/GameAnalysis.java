package io.tilecast.play.computer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.game.search.LeaveValue;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.Table;
import io.tilecast.play.host.view.AnalysisView;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Reviews finished games: for every turn, the best-scoring and the highest-equity move the mover had. */
public final class GameAnalysis implements AutoCloseable {

    /** Thrown when every permit is taken: the client should come back in a moment. */
    public static final class AnalysisBusy extends RuntimeException {
        AnalysisBusy() {
            super("every analysis permit is taken", null, false, false);
        }
    }

    private static final Log log = LogFactory.getLog(GameAnalysis.class);

    private final StoredAnalyses stored;
    private final JsonMapper json;
    private final Semaphore permits;
    private final Counter refused;
    private final Map<String, Mono<String>> running = new ConcurrentHashMap<>();
    private final ThinkingPool thinking;

    /** @param threads how many of the {@code permits} analyses are worked out at the same time; the rest queue */
    public GameAnalysis(StoredAnalyses stored, JsonMapper json, int permits, int threads, MeterRegistry meters) {
        this.thinking = new ThinkingPool("analysis", threads);
        this.stored = stored;
        this.json = json;
        this.permits = new Semaphore(permits);
        this.refused = Counter.builder("tilecast.analysis.refused")
                .description("Analysis requests refused because every generator permit was taken")
                .register(meters);
    }

    /** The kept analysis of a game, as JSON; empty when none was kept (yet). */
    public Mono<String> kept(String gameId) {
        return stored.find(gameId);
    }

    /** The review of a finished game as JSON, worked out and kept now; empty while it is still played. */
    public Optional<Mono<String>> of(GameHost game) {
        return game.finished().map(table -> running.computeIfAbsent(game.id(), id -> Mono.defer(() -> {
                    if (!permits.tryAcquire()) {
                        refused.increment();
                        return Mono.error(new AnalysisBusy());
                    }
                    return Mono.fromCallable(() -> json.writeValueAsString(review(table)))
                            .subscribeOn(thinking.scheduler())
                            .doFinally(ended -> permits.release());
                })
                .flatMap(review -> stored.keep(id, review)
                        .onErrorResume(notKept -> {
                            // The answer is right all the same; the next request works it out again.
                            log.warn("Could not keep the analysis of " + id + ": " + notKept.getMessage());
                            return Mono.empty();
                        })
                        .thenReturn(review))
                .doFinally(ended -> running.remove(id))
                .cache()));
    }

    @Override
    public void close() {
        thinking.close();
    }

    static AnalysisView review(Table table) {
        return EquityReview.review(table, LeaveValue.learned());
    }
}
