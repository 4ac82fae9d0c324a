package io.tilecast.game.search;

/**
 * A play the {@link MoveGenerator} has just found, as it hands it to the caller: cheap to look
 * at, and made into a {@link Play} only when asked. Valid only during the call that receives it.
 */
public interface Candidate {

    int score();

    /** How many tiles it takes from the rack. */
    int tileCount();

    /** The tiles it leaves on the rack, {@code ?} for a blank, in alphabetical order. */
    String leave();

    Play play();
}
