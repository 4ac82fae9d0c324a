package io.tilecast.play.host;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which seats have an open stream on this host, shown with a grace period so that a reload or a hand-over does not
 * flicker; every seat counts as just left when the host starts.
 */
final class Presence {

    private final int[] streams;
    private final Instant[] leftAt;
    private final boolean[] shown;
    private final boolean[] attended;
    private final Duration grace;
    private final Duration claimAfter;
    private final Consumer<List<Boolean>> announce;

    /** @param announce told of each change of what is shown, in order, while this presence is locked */
    Presence(int seats, Instant since, Duration grace, Duration claimAfter, Consumer<List<Boolean>> announce) {
        this.streams = new int[seats];
        this.leftAt = new Instant[seats];
        this.shown = new boolean[seats];
        this.attended = new boolean[seats];
        this.grace = grace;
        this.claimAfter = claimAfter;
        this.announce = announce;
        Arrays.fill(leftAt, since);
        Arrays.fill(shown, true);
    }

    synchronized void arrive(int seat) {
        streams[seat]++;
        show(seat, true);
    }

    synchronized void leave(int seat, Instant at) {
        if (--streams[seat] == 0) {
            leftAt[seat] = at;
        }
    }

    /** A seat played by this process itself (a bot): always present. */
    synchronized void attend(int seat) {
        attended[seat] = true;
        show(seat, true);
    }

    /** Shows as away every seat gone for longer than the grace period. */
    synchronized void tick(Instant now) {
        for (int seat = 0; seat < shown.length; seat++) {
            if (away(seat) && !now.isBefore(leftAt[seat].plus(grace))) {
                show(seat, false);
            }
        }
    }

    synchronized List<Boolean> shown() {
        List<Boolean> present = new ArrayList<>(shown.length);
        for (boolean seat : shown) {
            present.add(seat);
        }
        return present;
    }

    /** From when each seat may be claimed against; empty while it is present. */
    synchronized List<Optional<Instant>> claimableFrom() {
        List<Optional<Instant>> from = new ArrayList<>(shown.length);
        for (int seat = 0; seat < shown.length; seat++) {
            from.add(away(seat) ? Optional.of(leftAt[seat].plus(claimAfter)) : Optional.empty());
        }
        return from;
    }

    private boolean away(int seat) {
        return streams[seat] == 0 && !attended[seat];
    }

    private void show(int seat, boolean present) {
        if (shown[seat] != present) {
            shown[seat] = present;
            announce.accept(shown());
        }
    }
}
