package io.tilecast.play.host;

import java.util.OptionalInt;

/** Who is looking at a game: the player in one seat, or a spectator. Every view is built for one. */
public record Viewer(OptionalInt seat) {

    public static final Viewer SPECTATOR = new Viewer(OptionalInt.empty());

    public static Viewer seat(int seat) {
        return new Viewer(OptionalInt.of(seat));
    }
}
