package io.tilecast.game.rules;

/**
 * The points a seat gains or loses at the end of the game: for the tiles left on the racks ({@code rack}), or for the
 * time it ran past zero ({@code penalty}, with an empty rack).
 */
public record RackAdjustment(int seat, String rack, int points, String type) {

    public static final String RACK = "rack";
    public static final String PENALTY = "penalty";

    /** An adjustment for the tiles left on a rack. */
    public RackAdjustment(int seat, String rack, int points) {
        this(seat, rack, points, RACK);
    }

    static RackAdjustment timePenalty(int seat, int points) {
        return new RackAdjustment(seat, "", -points, PENALTY);
    }

    /** Not a getter, so that the API shows the type alone. */
    public boolean penalty() {
        return PENALTY.equals(type);
    }
}
