package io.tilecast.play.computer;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reviews finished games: for every turn, the best-scoring play the mover had with that rack on
 * that board. Worked out on first request, off the event loop, and kept for the most recently
 * reviewed games (a finished game never changes); requests that come while it is worked out share it.
 */
public final class GameAnalysis {

    private static final int KEPT = 256;

    private final Map<String, Mono<AnalysisView>> reviewed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Mono<AnalysisView>> eldest) {
            return size() > KEPT;
        }
    };

    /** The review of a finished game; empty while it is still played. */
    public Optional<Mono<AnalysisView>> of(GameHost game) {
        return game.finished().map(table -> {
            synchronized (reviewed) {
                return reviewed.computeIfAbsent(game.id(), id -> Mono.fromCallable(() -> review(table))
                        .subscribeOn(Schedulers.boundedElastic())
                        .doOnError(failed -> forget(id))
                        .cache());
            }
        });
    }

    private void forget(String id) {
        synchronized (reviewed) {
            reviewed.remove(id);
        }
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
