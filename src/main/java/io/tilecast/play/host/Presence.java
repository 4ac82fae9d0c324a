package io.tilecast.play.host;

import io.tilecast.play.host.view.LiveEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Which seats have a stream on this host, shown away only after a grace period; at the start every seat just left. */
final class Presence {

    private final int[] streams;
    private final Instant[] leftAt;
    private final boolean[] shown;
    private final boolean[] claimable;
    private final boolean[] attended;
    private final Duration grace;
    private final Duration claimAfter;
    private final Consumer<LiveEvents.Presence> announce;

    Presence(int seats, Instant since, Duration grace, Duration claimAfter, Consumer<LiveEvents.Presence> announce) {
        this.streams = new int[seats];
        this.leftAt = new Instant[seats];
        this.shown = new boolean[seats];
        this.claimable = new boolean[seats];
        this.attended = new boolean[seats];
        this.grace = grace;
        this.claimAfter = claimAfter;
        this.announce = announce;
        Arrays.fill(leftAt, since);
        Arrays.fill(shown, true);
    }

    synchronized void arrive(int seat) {
        streams[seat]++;
        show(seat, true, false);
    }

    synchronized void leave(int seat, Instant at) {
        if (--streams[seat] == 0) {
            leftAt[seat] = at;
        }
    }

    synchronized void attend(int seat) {
        attended[seat] = true;
        show(seat, true, false);
    }

    synchronized void tick(Instant now) {
        for (int seat = 0; seat < shown.length; seat++) {
            if (away(seat) && !now.isBefore(leftAt[seat].plus(grace))) {
                show(seat, false, claimableFrom(seat).map(from -> !now.isBefore(from)).orElse(false));
            }
        }
    }

    synchronized LiveEvents.Presence shown() {
        List<Boolean> present = new ArrayList<>(shown.length);
        List<Instant> awaySince = new ArrayList<>(shown.length);
        List<Boolean> claim = new ArrayList<>(shown.length);
        for (int seat = 0; seat < shown.length; seat++) {
            present.add(shown[seat]);
            awaySince.add(shown[seat] ? null : leftAt[seat]);
            claim.add(claimable[seat]);
        }
        return new LiveEvents.Presence(present, Collections.unmodifiableList(awaySince), claim, claimAfter.toSeconds());
    }

    synchronized List<Optional<Instant>> claimableFrom() {
        List<Optional<Instant>> from = new ArrayList<>(shown.length);
        for (int seat = 0; seat < shown.length; seat++) {
            from.add(claimableFrom(seat));
        }
        return from;
    }

    private Optional<Instant> claimableFrom(int seat) {
        return away(seat) ? Optional.of(leftAt[seat].plus(claimAfter)) : Optional.empty();
    }

    private boolean away(int seat) {
        return streams[seat] == 0 && !attended[seat];
    }

    private void show(int seat, boolean present, boolean claim) {
        if (shown[seat] != present || claimable[seat] != claim) {
            shown[seat] = present;
            claimable[seat] = claim;
            announce.accept(shown());
        }
    }
}
