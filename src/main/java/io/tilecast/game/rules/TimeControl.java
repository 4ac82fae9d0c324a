package io.tilecast.game.rules;

/** How much time a timed game gives each player (RULES.md "Time"). */
public record TimeControl(int initial, int increment, int overtime) {

    public static final int MIN_INITIAL = 60;
    public static final int MAX_INITIAL = 7200;
    public static final int MAX_INCREMENT = 60;
    public static final int MAX_OVERTIME = 10;

    /** What a game gets when its creator names no time control. */
    public static final TimeControl DEFAULT = new TimeControl(1200, 0, 1);

    public TimeControl {
        if (!valid(initial, increment, overtime)) {
            throw new IllegalArgumentException("no such time control: " + initial + "s + " + increment + "s, "
                    + overtime + " min overtime");
        }
    }

    public static boolean valid(int initial, int increment, int overtime) {
        return initial >= MIN_INITIAL && initial <= MAX_INITIAL && increment >= 0 && increment <= MAX_INCREMENT
                && overtime >= 0 && overtime <= MAX_OVERTIME;
    }

    long initialMillis() {
        return initial * 1000L;
    }

    long incrementMillis() {
        return increment * 1000L;
    }

    long overtimeMillis() {
        return overtime * 60_000L;
    }
}
