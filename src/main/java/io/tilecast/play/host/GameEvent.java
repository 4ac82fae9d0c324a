package io.tilecast.play.host;

/**
 * One versioned change of a game, with what each viewer may see of it, built once when the change is applied: {@code
 * forSeats[i]} is seat {@code i}'s delivery, {@code forSpectators} everyone else's.
 */
public record GameEvent(int version, EventName type, Delivery forSpectators, Delivery[] forSeats) {

    GameEvent(int version, EventName type, Object spectatorData, Object[] seatData) {
        this(version, type, new Delivery(type, version, spectatorData), new Delivery[seatData.length]);
        for (int seat = 0; seat < seatData.length; seat++) {
            forSeats[seat] = seatData[seat] == spectatorData ? forSpectators
                    : new Delivery(type, version, seatData[seat]);
        }
    }

    Delivery deliveryFor(Viewer viewer) {
        if (viewer.seat().isPresent() && viewer.seat().getAsInt() < forSeats.length) {
            return forSeats[viewer.seat().getAsInt()];
        }
        return forSpectators;
    }

    /** Lets every delivery's written form go: a stream that resumes this far back is rare enough to write it again. */
    void forgetWritten() {
        forSpectators.forgetWritten();
        for (Delivery seat : forSeats) {
            seat.forgetWritten();
        }
    }

    static GameEvent shared(int version, EventName type, Object data) {
        return new GameEvent(version, type, data, new Object[0]);
    }
}
