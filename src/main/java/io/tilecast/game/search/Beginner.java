package io.tilecast.game.search;

import io.tilecast.game.rules.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The weakest computer player: a short word for few points, chosen at random, as someone new to the game might see it;
 * a longer play only when there is no short one.
 */
public record Beginner() implements Strategy {

    private static final int MOST_TILES = 3;
    private static final int MOST_POINTS = 14;

    @Override
    public Move choose(Position position, MoveGenerator moves, RandomGenerator random) {
        List<Play> modest = new ArrayList<>();
        List<Play> any = new ArrayList<>();
        moves.generate(position.board(), position.rack(), found -> {
            if (found.tileCount() <= MOST_TILES && found.score() <= MOST_POINTS) {
                modest.add(found.play());
            } else if (modest.isEmpty() && any.size() < 64) {
                any.add(found.play());
            }
        });
        List<Play> choices = modest.isEmpty() ? any : modest;
        if (!choices.isEmpty()) {
            return choices.get(random.nextInt(choices.size())).move();
        }
        return position.canExchange() ? new Move.Exchange(position.rack().tiles()) : new Move.Pass();
    }
}
