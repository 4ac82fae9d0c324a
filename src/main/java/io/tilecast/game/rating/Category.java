package io.tilecast.game.rating;

/** The speed of a game, from its clock: a rating belongs to a player, a lexicon and a category. */
public enum Category {
    ULTRABLITZ("ultrablitz"),
    BLITZ("blitz"),
    RAPID("rapid"),
    CLASSIC("classic"),
    CORRESPONDENCE("correspondence");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** With {@code estimate = initial + 15 × increment} seconds; an untimed game is correspondence. */
    public static Category of(Integer initialSeconds, int incrementSeconds) {
        if (initialSeconds == null) {
            return CORRESPONDENCE;
        }
        int estimate = initialSeconds + 15 * incrementSeconds;
        return estimate < 180 ? ULTRABLITZ : estimate < 480 ? BLITZ : estimate < 1200 ? RAPID : CLASSIC;
    }

    /** The rating key, {@code "<lexicon>:<category>"}. */
    public String key(String lexicon) {
        return lexicon + ":" + code;
    }
}
