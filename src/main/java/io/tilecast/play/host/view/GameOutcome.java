package io.tilecast.play.host.view;

import io.tilecast.game.rules.EndReason;
import io.tilecast.game.rules.GameResult;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How each seat came out of a finished game (win, loss, draw or aborted; the turn it left at, or -1; its bingos), as
 * its games row keeps it for its players' records.
 */
public record GameOutcome(List<String> results, List<Integer> leftAt, List<Integer> bingos) {

    public static final String ABORTED = "aborted";
    private static final Set<TurnKind> LEAVING = Set.of(TurnKind.RESIGN, TurnKind.TIMEOUT, TurnKind.ABANDONED);

    public GameOutcome {
        results = List.copyOf(results);
        leftAt = List.copyOf(leftAt);
        bingos = List.copyOf(bingos);
        if (leftAt.size() != results.size() || bingos.size() != results.size()) {
            throw new IllegalArgumentException("An outcome has a result, a leaving turn and bingos for every seat");
        }
    }

    /** Empty until the game has a result. */
    public static Optional<GameOutcome> of(GameState state) {
        return state.result().map(result -> of(state, result));
    }

    public boolean aborted() {
        return results.contains(ABORTED);
    }

    private static GameOutcome of(GameState state, GameResult result) {
        boolean aborted = result.reason() == EndReason.ABORTED;
        List<String> results = new ArrayList<>(state.seats());
        List<Integer> leftAt = new ArrayList<>(state.seats());
        List<Integer> bingos = new ArrayList<>(state.seats());
        for (int seat = 0; seat < state.seats(); seat++) {
            boolean won = result.winners().contains(seat);
            results.add(aborted ? ABORTED : !won ? "loss" : result.isTie() ? "draw" : "win");
            leftAt.add(leftAt(state.turns(), seat));
            bingos.add(bingos(state.turns(), seat));
        }
        return new GameOutcome(results, leftAt, bingos);
    }

    private static int leftAt(List<Turn> turns, int seat) {
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).seat() == seat && LEAVING.contains(turns.get(i).kind())) {
                return i;
            }
        }
        return -1;
    }

    /** Plays of seven tiles that stood: a phony withdrawn by the next turn's challenge is no bingo. */
    private static int bingos(List<Turn> turns, int seat) {
        int count = 0;
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            boolean withdrawn = i + 1 < turns.size() && turns.get(i + 1).withdrew();
            if (turn.seat() == seat && turn.kind() == TurnKind.PLACE && turn.bingo() && !withdrawn) {
                count++;
            }
        }
        return count;
    }
}
