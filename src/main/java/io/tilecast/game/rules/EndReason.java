package io.tilecast.game.rules;

/** How a game ended, with the string the API uses. */
public enum EndReason {
    OUT("out"),
    SCORELESS("scoreless"),
    RESIGNED("resigned"),
    TIMEOUT("timeout"),
    ABORTED("aborted"),
    ABANDONED("abandoned"),
    UNFINISHED("unfinished");

    private final String code;

    EndReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
