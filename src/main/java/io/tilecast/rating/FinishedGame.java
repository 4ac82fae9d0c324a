package io.tilecast.rating;

import io.tilecast.game.rating.Category;
import io.tilecast.game.rating.Standings;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Table;
import io.tilecast.play.host.view.GameOutcome;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** What a finished game means for its players: each seat's result, score and bingos, and whether it is rated. */
record FinishedGame(String id, List<PlayerRef> players, List<Integer> scores, List<String> results,
                    List<Integer> bingos, Standings standings, String key, boolean rated) {

    /** The game a table has played; null when it is not finished. */
    static FinishedGame of(Table table, Predicate<String> isBot) {
        GameState state = table.state();
        if (state == null || state.result().isEmpty()) {
            return null;
        }
        List<Integer> scores = IntStream.range(0, state.seats()).mapToObj(state::score).toList();
        return of(table.setup().id(), table.players(), scores, GameOutcome.of(state).orElseThrow(),
                table.setup().clock(), table.setup().lexicon().name(), table.setup().rated(), isBot);
    }

    /** The game as its games row records it: rated when its rules say so, nobody is a bot and it was not aborted. */
    static FinishedGame of(String id, List<PlayerRef> players, List<Integer> scores, GameOutcome outcome,
                           TimeControl clock, String lexicon, boolean ratedGame, Predicate<String> isBot) {
        String key = Category.of(clock == null ? null : clock.initial(), clock == null ? 0 : clock.increment())
                .key(lexicon);
        boolean rated = ratedGame && !outcome.aborted() && players.stream().map(PlayerRef::id).noneMatch(isBot);
        return new FinishedGame(id, players, scores, outcome.results(), outcome.bingos(),
                new Standings(scores, outcome.leftAt()), key, rated);
    }
}
