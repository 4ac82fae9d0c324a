package io.tilecast.game.search;

/**
 * A play the {@link MoveGenerator} has just found, as it hands it to the caller: cheap to look at, and made into a
 * {@link Play} only when asked.
 */
public interface Candidate {

    int score();

    int tileCount();

    String leave();

    Play play();
}
