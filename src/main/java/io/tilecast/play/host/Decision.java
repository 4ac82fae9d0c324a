package io.tilecast.play.host;

import io.tilecast.game.rules.Rejection;
import java.util.List;

/** What {@link GameCommands#decide} makes of a command: refused, or the next table and the events that led to it. */
public sealed interface Decision {

    record Refused(Rejection refusal) implements Decision {
    }

    /** {@code events[i]} is what watchers are shown of {@code logged[i]}; both are empty when nothing changed. */
    record Changed(Table next, List<LoggedEvent> logged, List<GameEvent> events) implements Decision {

        public Changed {
            logged = List.copyOf(logged);
            events = List.copyOf(events);
        }

        boolean nothing() {
            return logged.isEmpty();
        }
    }
}
