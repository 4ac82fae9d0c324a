package io.tilecast.rating;

import io.tilecast.game.rating.Category;
import io.tilecast.game.rating.Standings;
import io.tilecast.game.rules.EndReason;
import io.tilecast.game.rules.GameResult;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What a finished game means for its players: each seat's result, score and bingos, and whether it is rated. */
record FinishedGame(String id, List<PlayerRef> players, List<Integer> scores, List<String> results,
                    List<Integer> bingos, Standings standings, String key, boolean rated) {

    private static final Set<TurnKind> LEAVING = Set.of(TurnKind.RESIGN, TurnKind.TIMEOUT, TurnKind.ABANDONED);

    /** Null when the table is not a finished game or is an imported record, whose seats are no accounts. */
    static FinishedGame of(Table table, Predicate<String> isBot, boolean imported) {
        GameState state = table.state();
        if (imported || state == null || state.result().isEmpty()) {
            return null;
        }
        GameResult result = state.result().get();
        boolean aborted = result.reason() == EndReason.ABORTED;
        int seats = state.seats();
        List<Integer> scores = new ArrayList<>(seats);
        List<String> results = new ArrayList<>(seats);
        List<Integer> leftAt = new ArrayList<>(seats);
        List<Integer> bingos = new ArrayList<>(seats);
        for (int seat = 0; seat < seats; seat++) {
            scores.add(state.score(seat));
            results.add(aborted ? "aborted" : !result.winners().contains(seat) ? "loss"
                    : result.isTie() ? "draw" : "win");
            leftAt.add(leftAt(state.turns(), seat));
            bingos.add(bingos(state.turns(), seat));
        }
        var clock = table.setup().clock();
        String key = Category.of(clock == null ? null : clock.initial(), clock == null ? 0 : clock.increment())
                .key(table.setup().lexicon().name());
        boolean rated = table.setup().rated() && !aborted
                && table.players().stream().map(PlayerRef::id).noneMatch(isBot);
        return new FinishedGame(table.setup().id(), table.players(), scores, results, bingos,
                new Standings(scores, leftAt), key, rated);
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
