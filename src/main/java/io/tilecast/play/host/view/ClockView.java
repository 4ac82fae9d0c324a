package io.tilecast.play.host.view;

import io.tilecast.game.rules.GameClock;
import io.tilecast.game.rules.TimeControl;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * A timed game's clock as clients see it (API.md "Time controls"): {@code remaining[i]} is seat i's milliseconds left
 * at the server instant {@code at}, negative in overtime; {@code running} is the seat whose clock runs, null before the
 * start and after the end.
 */
public record ClockView(int initial, int increment, int overtime, List<Long> remaining, Integer running,
                        Instant at) {

    /** The clock of a started game; null for an untimed one. */
    public static ClockView of(GameClock clock) {
        return clock.control().map(control -> new ClockView(control.initial(), control.increment(), control.overtime(),
                clock.remaining(), clock.running().isPresent() ? clock.running().getAsInt() : null, clock.at()))
                .orElse(null);
    }

    /** The clock of a game waiting for its start: everyone's full time, nobody's running. Null when untimed. */
    public static ClockView waiting(TimeControl control, int seats) {
        return control == null ? null : new ClockView(control.initial(), control.increment(), control.overtime(),
                Collections.nCopies(seats, control.initial() * 1000L), null, null);
    }
}
