package io.tilecast.routing;

/** Where a game's host is, seen from this process. */
public sealed interface GameLocation {

    /** This process hosts the game, or may claim it. */
    record Here() implements GameLocation {
    }

    /** The game belongs to another region; fly replays the request there. */
    record OtherRegion(String region) implements GameLocation {
    }

    /** The game is hosted by another machine (of any region); fly replays the request to it. */
    record OtherMachine(String machineId) implements GameLocation {
    }

    /**
     * The game has no row yet (the journal writes it behind the answer to its creation): the machine that created it,
     * named in its id, hosts it, unless that machine is gone.
     */
    record Creator(String machineId) implements GameLocation {
    }

    /** No game has an id of this shape; the request goes on and the controller answers {@code 404}. */
    record Unknown() implements GameLocation {
    }
}
