package io.tilecast.play.computer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.game.gcg.GcgWriter;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Play;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.Table;
import io.tilecast.play.host.view.AnalysisView;
import io.tilecast.play.host.view.MoveView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** Reviews finished games: for every turn, the best-scoring play the mover had with that rack on that board. */
public final class GameAnalysis {

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

    public GameAnalysis(StoredAnalyses stored, JsonMapper json, int permits, MeterRegistry meters) {
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
                            .subscribeOn(Schedulers.boundedElastic())
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

    static AnalysisView review(Table table) {
        GameState state = table.state();
        MoveGenerator moves = MoveGenerator.of(state.lexicon());
        Board board = Board.empty();
        Board beforeLastPlay = board;
        List<AnalysisView.TurnReview> reviews = new ArrayList<>();
        List<Turn> turns = state.turns();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            Board before = board;
            AnalysisView.Best best = turn.kind() == TurnKind.CHALLENGE ? null : moves.best(before,
                    Rack.of(turn.rackBefore())).map(play -> best(before, play, state)).orElse(null);
            boolean phony = turn.kind() == TurnKind.PLACE
                    && turn.words().stream().anyMatch(word -> !state.lexicon().contains(word.word()));
            MoveView shown = MoveView.ofFinished(table.turnVersion(i), turn);
            reviews.add(new AnalysisView.TurnReview(shown.version(), turn.seat(), shown.type(), turn.rackBefore(),
                    new AnalysisView.Played(turn.words(), turn.score(), phony), best));
            if (turn.kind() == TurnKind.PLACE) {
                beforeLastPlay = board;
                board = board.with(turn.placements());
            } else if (turn.withdrew()) {
                board = beforeLastPlay;
            }
        }
        return new AnalysisView(reviews);
    }

    private static AnalysisView.Best best(Board board, Play play, GameState state) {
        Judgement.Legal judged = (Judgement.Legal) Referee.judge(board, play.tiles(), state.lexicon());
        return new AnalysisView.Best(play.tiles().stream().map(MoveView.TileView::of).toList(), judged.words(),
                play.score(), GcgWriter.position(board, play.tiles()));
    }
}
