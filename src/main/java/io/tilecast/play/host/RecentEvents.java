package io.tilecast.play.host;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last events of one game, from which a client that lost its stream resumes without a snapshot; only the newest
 * few keep their written form, which every live stream shares.
 */
final class RecentEvents {

    /** How many of the newest events keep their written form; a stream further behind makes it again. */
    static final int WRITTEN = 8;

    private final ArrayDeque<GameEvent> events = new ArrayDeque<>();
    private final ArrayDeque<GameEvent> written = new ArrayDeque<>(WRITTEN + 1);
    private final int capacity;

    RecentEvents(int capacity) {
        this.capacity = capacity;
    }

    void add(GameEvent event) {
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
        written.addLast(event);
        if (written.size() > WRITTEN) {
            written.removeFirst().forgetWritten();
        }
    }

    Optional<List<Delivery>> after(int lastSeen, int currentVersion, Viewer viewer) {
        if (lastSeen < 0 || lastSeen > currentVersion) {
            return Optional.empty();
        }
        if (lastSeen == currentVersion) {
            return Optional.of(List.of());
        }
        if (events.isEmpty() || events.peekFirst().version() > lastSeen + 1) {
            return Optional.empty();
        }
        List<Delivery> missed = new ArrayList<>();
        for (GameEvent event : events) {
            if (event.version() > lastSeen) {
                missed.add(event.deliveryFor(viewer));
            }
        }
        return Optional.of(missed);
    }
}
