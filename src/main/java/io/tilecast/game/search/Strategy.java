package io.tilecast.game.search;

import io.tilecast.game.rules.Move;
import java.util.random.RandomGenerator;

/**
 * How a computer player chooses its move. It is given what a human in its seat would see
 * ({@link Position}) and the means to list the plays of the game's lexicon; nothing else.
 * It places when it has a play worth making, exchanges when it has none and the bag allows,
 * and passes only when it can do neither.
 */
public sealed interface Strategy permits Beginner, Steady, Expert {

    Move choose(Position position, MoveGenerator moves, RandomGenerator random);
}
