package io.tilecast.play.host.view;

/** What a rated game did to one seat's rating in {@code key}: as it stood before, and after. */
public record RatingChange(int seat, String key, Point before, Point after) {

    /** A rating and its deviation. */
    public record Point(double rating, double deviation) {
    }
}
