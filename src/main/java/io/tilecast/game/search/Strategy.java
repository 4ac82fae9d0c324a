package io.tilecast.game.search;

import io.tilecast.game.rules.Move;
import java.util.random.RandomGenerator;

/** How a computer player chooses its move. */
public sealed interface Strategy permits Beginner, Steady, Expert, Master {

    Move choose(Position position, MoveGenerator moves, RandomGenerator random);
}
