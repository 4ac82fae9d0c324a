package io.tilecast.play;

import java.util.Arrays;

/**
 * One versioned change of a game, with what each viewer may see of it, built once when the change
 * is applied: index {@code i} of {@code seatData} is what seat {@code i} sees. Index 0 of
 * {@code renderings} is the spectators' and {@code i + 1} seat {@code i}'s; seats shown the
 * spectators' data share their rendering.
 */
record GameEvent(int version, String type, Object spectatorData, Object[] seatData, Delivery.Rendering[] renderings) {

    GameEvent(int version, String type, Object spectatorData, Object[] seatData) {
        this(version, type, spectatorData, seatData, renderings(spectatorData, seatData));
    }

    Delivery deliveryFor(Viewer viewer) {
        if (viewer.seat().isPresent() && viewer.seat().getAsInt() < seatData.length) {
            int seat = viewer.seat().getAsInt();
            return new Delivery(type, version, seatData[seat], renderings[seat + 1]);
        }
        return new Delivery(type, version, spectatorData, renderings[0]);
    }

    /** The same data for everyone: the change reveals nothing private. */
    static GameEvent shared(int version, String type, Object data, int seats) {
        Object[] bySeat = new Object[seats];
        Arrays.fill(bySeat, data);
        return new GameEvent(version, type, data, bySeat);
    }

    private static Delivery.Rendering[] renderings(Object spectatorData, Object[] seatData) {
        Delivery.Rendering[] renderings = new Delivery.Rendering[seatData.length + 1];
        renderings[0] = new Delivery.Rendering();
        for (int seat = 0; seat < seatData.length; seat++) {
            renderings[seat + 1] = seatData[seat] == spectatorData ? renderings[0] : new Delivery.Rendering();
        }
        return renderings;
    }
}
