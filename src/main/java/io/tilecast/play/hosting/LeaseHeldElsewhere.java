package io.tilecast.play.hosting;

/**
 * The game exists, but this process could not claim it: another machine holds a live lease on it (it renewed or claimed
 * it a moment after routing looked).
 */
public final class LeaseHeldElsewhere extends RuntimeException {

    public LeaseHeldElsewhere(String gameId) {
        super("Game " + gameId + " is hosted by another machine", null, false, false);
    }
}
