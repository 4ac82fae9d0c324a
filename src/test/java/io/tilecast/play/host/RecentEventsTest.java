package io.tilecast.play.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The events a stream resumes from, of which only the newest keep the form every live stream writes. */
class RecentEventsTest {

    private final RecentEvents recent = new RecentEvents(256);
    private final AtomicInteger writes = new AtomicInteger();
    private final List<GameEvent> added = new ArrayList<>();

    @Test
    void theNewestEventsKeepTheirWrittenForm() {
        addEvents(RecentEvents.WRITTEN);

        for (GameEvent event : added) {
            write(event);
        }
        for (GameEvent event : added) {
            write(event);
        }

        assertThat(writes).hasValue(RecentEvents.WRITTEN);
    }

    @Test
    void anOlderEventIsWrittenAgainAndStillResumesInOrder() {
        addEvents(1);
        Object first = write(added.getFirst());

        addEvents(RecentEvents.WRITTEN);
        Object again = write(added.getFirst());

        assertThat(writes).hasValue(2);
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(recent.after(0, added.size(), Viewer.SPECTATOR).orElseThrow()).extracting(Delivery::version)
                .containsExactlyElementsOf(added.stream().map(GameEvent::version).toList());
    }

    private void addEvents(int count) {
        for (int i = 0; i < count; i++) {
            GameEvent event = GameEvent.shared(added.size() + 1, EventName.MOVED, "move " + (added.size() + 1));
            added.add(event);
            recent.add(event);
        }
    }

    private Object write(GameEvent event) {
        return event.forSpectators().written(delivery -> {
            writes.incrementAndGet();
            return "frame of " + delivery.data();
        });
    }
}
