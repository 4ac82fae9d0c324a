package io.tilecast.game.rating;

/** A Glicko-2 rating on the Glicko scale: the rating, its deviation and the player's volatility. */
public record Rating(double rating, double deviation, double volatility) {

    /** Where every player starts in every key. */
    public static final Rating NEW = new Rating(1500, 350, 0.06);

    /** Deviations above this are provisional: clients show {@code ?}. */
    public static final double PROVISIONAL_ABOVE = 110;

    public boolean provisional() {
        return deviation > PROVISIONAL_ABOVE;
    }
}
