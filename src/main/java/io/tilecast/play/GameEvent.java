package io.tilecast.play;

/**
 * One versioned change of a game, with what each viewer may see of it, built once when the change
 * is applied: index {@code i} of {@code seatData} is what seat {@code i} sees.
 */
record GameEvent(int version, String type, Object spectatorData, Object[] seatData) {

    Delivery deliveryFor(Viewer viewer) {
        Object data = viewer.seat().isPresent() && viewer.seat().getAsInt() < seatData.length
                ? seatData[viewer.seat().getAsInt()]
                : spectatorData;
        return new Delivery(type, version, data);
    }

    /** The same data for everyone: the change reveals nothing private. */
    static GameEvent shared(int version, String type, Object data, int seats) {
        Object[] bySeat = new Object[seats];
        java.util.Arrays.fill(bySeat, data);
        return new GameEvent(version, type, data, bySeat);
    }
}
