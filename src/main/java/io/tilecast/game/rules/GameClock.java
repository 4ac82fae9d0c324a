package io.tilecast.game.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The players' time, as a value: nothing here reads a clock. */
public final class GameClock {

    /** No time kept: nobody ever times out (games rebuilt by tools, rules tests). */
    public static final GameClock NONE = new GameClock(null, null, List.of(), -1, null, null);

    private static final long MINUTE = 60_000L;
    private static final int PENALTY_PER_MINUTE = 10;

    private final TimeControl control;
    private final Duration moveLimit;
    private final List<Long> remaining;
    private final int running;
    private final Instant at;
    private final Instant since;

    private GameClock(TimeControl control, Duration moveLimit, List<Long> remaining, int running, Instant at,
                      Instant since) {
        this.control = control;
        this.moveLimit = moveLimit;
        this.remaining = List.copyOf(remaining);
        this.running = running;
        this.at = at;
        this.since = since;
    }

    /** A timed game's clock, not yet running. */
    public static GameClock timed(TimeControl control) {
        return new GameClock(control, null, List.of(), -1, null, null);
    }

    /** An untimed game's clock: each move within {@code moveLimit}. */
    public static GameClock untimed(Duration moveLimit) {
        return new GameClock(null, moveLimit, List.of(), -1, null, null);
    }

    GameClock start(int seats, Instant at) {
        if (control == null && moveLimit == null) {
            return this;
        }
        List<Long> initial = control == null ? List.of() : Collections.nCopies(seats, control.initialMillis());
        return new GameClock(control, moveLimit, initial, 0, at, at);
    }

    GameClock elapse(Instant now) {
        if (running < 0 || !now.isAfter(at)) {
            return this;
        }
        List<Long> left = remaining;
        if (control != null) {
            left = new ArrayList<>(remaining);
            left.set(running, remaining.get(running) - Duration.between(at, now).toMillis());
        }
        return new GameClock(control, moveLimit, left, running, now, since);
    }

    GameClock credit(int seat) {
        if (control == null || control.increment() == 0) {
            return this;
        }
        List<Long> left = new ArrayList<>(remaining);
        left.set(seat, remaining.get(seat) + control.incrementMillis());
        return new GameClock(control, moveLimit, left, running, at, since);
    }

    GameClock run(int seat) {
        if (running < 0 && at == null || seat == running) {
            return this;
        }
        return new GameClock(control, moveLimit, remaining, seat, at, at);
    }

    GameClock stop() {
        return running < 0 ? this : new GameClock(control, moveLimit, remaining, -1, at, since);
    }

    /** When the running seat's turn began; empty when no clock runs. */
    public Optional<Instant> turnStarted() {
        return running < 0 ? Optional.empty() : Optional.ofNullable(since);
    }

    /** When the seat to move times out; empty when no clock runs or no time is kept. */
    public Optional<Instant> deadline() {
        if (running < 0) {
            return Optional.empty();
        }
        if (control != null) {
            return Optional.of(at.plusMillis(remaining.get(running) + control.overtimeMillis()));
        }
        return moveLimit == null ? Optional.empty() : Optional.of(since.plus(moveLimit));
    }

    /** Whether the seat to move has used up all its time at {@code now}. */
    public boolean timedOut(Instant now) {
        return deadline().map(deadline -> !now.isBefore(deadline)).orElse(false);
    }

    List<Integer> penalties() {
        List<Integer> penalties = new ArrayList<>(remaining.size());
        for (long left : remaining) {
            long startedMinutes = left >= 0 ? 0 : (-left + MINUTE - 1) / MINUTE;
            penalties.add((int) (PENALTY_PER_MINUTE * startedMinutes));
        }
        return penalties;
    }

    /** The time control of a timed game; empty for an untimed one. */
    public Optional<TimeControl> control() {
        return Optional.ofNullable(control);
    }

    /** Each seat's milliseconds left as of {@link #at()}, negative in overtime; empty before the start or untimed. */
    public List<Long> remaining() {
        return remaining;
    }

    /** The seat whose clock runs; empty before the start and after the end. */
    public OptionalInt running() {
        return running < 0 ? OptionalInt.empty() : OptionalInt.of(running);
    }

    /** The instant the clock was last brought up to date; null before the start. */
    public Instant at() {
        return at;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GameClock other && running == other.running
                && java.util.Objects.equals(control, other.control)
                && java.util.Objects.equals(moveLimit, other.moveLimit)
                && remaining.equals(other.remaining)
                && java.util.Objects.equals(at, other.at)
                && java.util.Objects.equals(since, other.since);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(control, moveLimit, remaining, running, at, since);
    }

    @Override
    public String toString() {
        return "GameClock[" + (control == null ? "untimed" : control) + ", remaining " + remaining + ", running "
                + running + " since " + since + ", at " + at + "]";
    }
}
