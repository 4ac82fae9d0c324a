package io.tilecast.play.computer;

import io.tilecast.game.gcg.GcgWriter;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.TileSet;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import io.tilecast.game.search.Equity;
import io.tilecast.game.search.LeaveValue;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Play;
import io.tilecast.game.search.RackOptions;
import io.tilecast.play.host.Table;
import io.tilecast.play.host.view.AnalysisView;
import io.tilecast.play.host.view.MoveView;
import java.util.ArrayList;
import java.util.List;

/** Reviews a finished game turn by turn, each play beside the highest-scoring and the highest-equity move it had. */
final class EquityReview {

    private EquityReview() {
    }

    static AnalysisView review(Table table, LeaveValue leaves) {
        GameState state = table.state();
        MoveGenerator moves = MoveGenerator.of(state.lexicon());
        Board board = Board.empty();
        Board beforeLastPlay = board;
        int bag = TileSet.TILE_COUNT - TileSet.RACK_SIZE * state.seats();
        int lastDrawn = 0;
        double[] lost = new double[state.seats()];
        int[] missed = new int[state.seats()];
        List<AnalysisView.TurnReview> reviews = new ArrayList<>();
        List<Turn> turns = state.turns();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            MoveView shown = MoveView.ofFinished(table.turnVersion(i), turn);
            Board before = board;
            boolean reviewed = turn.kind() != TurnKind.CHALLENGE;
            RackOptions options = reviewed ? RackOptions.of(moves, board, Rack.of(turn.rackBefore()), bag, leaves) : null;
            boolean phony = turn.kind() == TurnKind.PLACE
                    && turn.words().stream().anyMatch(word -> !state.lexicon().contains(word.word()));
            String leave = leave(turn);
            Double equity = leave == null ? null : rounded(Equity.of(turn.score(), leave, bag, leaves));
            AnalysisView.Top top = options == null ? null : options.top().map(t -> top(before, t, state)).orElse(null);
            Double equityLost = equity == null || top == null ? null : rounded(Math.max(0, top.equity() - equity));
            if (equityLost != null) {
                lost[turn.seat()] += equityLost;
            }
            if (options != null && options.bingoPossible() && !turn.bingo()) {
                missed[turn.seat()]++;
            }
            AnalysisView.Best best = options == null ? null
                    : options.highestScore().map(play -> best(before, play, state)).orElse(null);
            reviews.add(new AnalysisView.TurnReview(shown.version(), turn.seat(), shown.type(), turn.rackBefore(),
                    new AnalysisView.Played(turn.words(), turn.score(), phony, equity, leave), best, top,
                    equityLost));
            if (turn.kind() == TurnKind.PLACE) {
                beforeLastPlay = board;
                board = board.with(turn.placements());
                lastDrawn = turn.drawn().length();
                bag -= lastDrawn;
            } else if (turn.withdrew()) {
                board = beforeLastPlay;
                bag += lastDrawn;
            }
        }
        List<AnalysisView.PlayerSummary> players = new ArrayList<>();
        for (int seat = 0; seat < state.seats(); seat++) {
            players.add(new AnalysisView.PlayerSummary(seat, rounded(lost[seat]), missed[seat]));
        }
        return new AnalysisView(reviews, AnalysisView.FORMAT, players);
    }

    /** What the turn kept on the rack; null for a turn that is no move (a challenge, a resignation). */
    private static String leave(Turn turn) {
        Rack before = Rack.of(turn.rackBefore());
        return switch (turn.kind()) {
            case PLACE -> before.remove(used(turn.placements())).map(Rack::tiles).orElse(null);
            case EXCHANGE -> before.remove(turn.exchanged()).map(Rack::tiles).orElse(null);
            case PASS -> before.tiles();
            default -> null;
        };
    }

    private static String used(List<Placement> tiles) {
        StringBuilder used = new StringBuilder(tiles.size());
        tiles.forEach(tile -> used.append(tile.blank() ? TileSet.BLANK : tile.letter()));
        return used.toString();
    }

    static double rounded(double points) {
        return Math.round(points * 100) / 100.0;
    }

    private static AnalysisView.Top top(Board board, RackOptions.Ranked ranked, GameState state) {
        if (ranked.play() == null) {
            return new AnalysisView.Top("exchange", List.of(), List.of(), 0, null, ranked.exchanged(), ranked.leave(),
                    rounded(ranked.equity()), false);
        }
        AnalysisView.Best shown = best(board, ranked.play(), state);
        return new AnalysisView.Top("place", shown.tiles(), shown.words(), shown.score(), shown.position(), null,
                ranked.leave(), rounded(ranked.equity()), ranked.play().tiles().size() == TileSet.RACK_SIZE);
    }

    private static AnalysisView.Best best(Board board, Play play, GameState state) {
        Judgement.Legal judged = (Judgement.Legal) Referee.judge(board, play.tiles(), state.lexicon());
        return new AnalysisView.Best(play.tiles().stream().map(MoveView.TileView::of).toList(), judged.words(),
                play.score(), GcgWriter.position(board, play.tiles()));
    }
}
