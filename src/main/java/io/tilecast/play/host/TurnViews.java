package io.tilecast.play.host;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.game.rules.TileSet;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import io.tilecast.play.host.view.GameView;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished game as it stood before one of its turns (0-based; the number of turns is the end): the board, the scores,
 * and every seat's rack, which a finished game shows to everyone.
 */
public final class TurnViews {

    private TurnViews() {
    }

    public static Outcome<GameView> at(Table table, PlayerRef caller, int turn) {
        if (table.status() != Status.FINISHED) {
            return Outcome.refused(RejectionCode.GAME_NOT_FINISHED);
        }
        GameState state = table.state();
        List<Turn> turns = state.turns();
        if (turn < 0 || turn > turns.size()) {
            return Outcome.refused(RejectionCode.INVALID_TURN);
        }
        GameView whole = GameViews.game(table, table.viewerOf(caller));
        if (turn == turns.size()) {
            List<String> racks = new ArrayList<>();
            for (int seat = 0; seat < state.seats(); seat++) {
                racks.add(state.rack(seat).tiles());
            }
            return Outcome.done(whole.atTurn(turn, whole.board(), whole.seats(), whole.turn(), whole.bag(), racks,
                    whole.result()));
        }
        Board board = Board.empty();
        Board beforeLastPlay = board;
        int[] scores = new int[state.seats()];
        boolean[] out = new boolean[state.seats()];
        for (Turn past : turns.subList(0, turn)) {
            if (past.kind() == TurnKind.PLACE) {
                beforeLastPlay = board;
                board = board.with(past.placements());
            } else if (past.withdrew()) {
                board = beforeLastPlay;
            }
            scores[past.seat()] = past.totalAfter();
            out[past.seat()] |= past.kind() == TurnKind.RESIGN || past.kind() == TurnKind.TIMEOUT
                    || past.kind() == TurnKind.ABANDONED;
        }
        List<String> racks = new ArrayList<>();
        List<GameView.SeatView> seats = new ArrayList<>();
        int held = 0;
        for (int seat = 0; seat < state.seats(); seat++) {
            String rack = rackBefore(state, seat, turn);
            racks.add(rack);
            held += rack.length();
            GameView.SeatView now = whole.seats().get(seat);
            seats.add(new GameView.SeatView(now.player(), scores[seat], rack.length(), out[seat],
                    out[seat] ? now.out() : null));
        }
        Turn next = turns.get(turn);
        int toMove = next.kind() == TurnKind.CHALLENGE && next.by() >= 0 ? next.by() : next.seat();
        int bag = Math.max(0, TileSet.TILE_COUNT - tiles(board) - held);
        return Outcome.done(whole.atTurn(turn, board.rows(), seats, toMove, bag, racks, null));
    }

    /** What the seat held before turn {@code turn}: the rack it next moved with, which nothing changes meanwhile. */
    private static String rackBefore(GameState state, int seat, int turn) {
        List<Turn> turns = state.turns();
        Turn previous = turn > 0 ? turns.get(turn - 1) : null;
        if (previous != null && previous.seat() == seat && previous.kind() == TurnKind.PLACE
                && turns.get(turn).withdrew()) { // the phony is still down, and what it drew is on the rack
            String left = Rack.of(previous.rackBefore()).remove(played(previous.placements()))
                    .map(Rack::tiles).orElse("");
            return Rack.of(left + previous.drawn()).tiles();
        }
        for (Turn later : turns.subList(turn, turns.size())) {
            if (later.seat() == seat && later.kind() != TurnKind.CHALLENGE) {
                return later.rackBefore();
            }
        }
        return state.rack(seat).tiles();
    }

    private static String played(List<Placement> tiles) {
        StringBuilder letters = new StringBuilder();
        for (Placement tile : tiles) {
            letters.append(tile.blank() ? TileSet.BLANK : tile.letter());
        }
        return letters.toString();
    }

    private static int tiles(Board board) {
        int count = 0;
        for (String row : board.rows()) {
            count += (int) row.chars().filter(c -> c != Board.EMPTY).count();
        }
        return count;
    }
}
