package io.tilecast.game.search;

import io.tilecast.game.rules.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The middle computer player: a strong play but rarely the best, chosen at random among those scoring between half and
 * nine tenths of the best; it exchanges its worst tiles when even the best play is poor.
 */
public record Steady() implements Strategy {

    private static final int POOR = 8;

    @Override
    public Move choose(Position position, MoveGenerator moves, RandomGenerator random) {
        List<Play> plays = moves.plays(position.board(), position.rack());
        int best = plays.stream().mapToInt(Play::score).max().orElse(-1);
        if (best < POOR && position.canExchange()) {
            return new Move.Exchange(RackLeave.worstTiles(position.rack()));
        }
        if (plays.isEmpty()) {
            return new Move.Pass();
        }
        List<Play> strong = new ArrayList<>();
        for (Play play : plays) {
            if (play.score() * 2 >= best && play.score() * 10 <= best * 9) {
                strong.add(play);
            }
        }
        if (strong.isEmpty()) {
            strong = plays.stream().filter(play -> play.score() == best).toList();
        }
        return strong.get(random.nextInt(strong.size())).move();
    }
}
