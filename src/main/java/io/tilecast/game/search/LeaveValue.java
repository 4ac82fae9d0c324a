package io.tilecast.game.search;

/** The worth, in points, of the tiles a play keeps on the rack; an empty leave is worth nothing. */
@FunctionalInterface
public interface LeaveValue {

    double of(CharSequence leave);

    /** The hand-set rule of thumb the self-play that learns the shipped table starts from. */
    static LeaveValue rough() {
        return RackLeave::value;
    }

    /** The table Tilecast learned by playing itself, shipped in the jar. */
    static LeaveValue learned() {
        return LeaveTable.shipped();
    }
}
