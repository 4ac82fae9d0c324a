package io.tilecast.game.rules;

/** The bonus printed on a board square, which counts only in the turn that covers it. */
public enum Premium {
    NONE(1, 1),
    DOUBLE_LETTER(2, 1),
    TRIPLE_LETTER(3, 1),
    DOUBLE_WORD(1, 2),
    TRIPLE_WORD(1, 3);

    private final int letterMultiplier;
    private final int wordMultiplier;

    Premium(int letterMultiplier, int wordMultiplier) {
        this.letterMultiplier = letterMultiplier;
        this.wordMultiplier = wordMultiplier;
    }

    public int letterMultiplier() {
        return letterMultiplier;
    }

    public int wordMultiplier() {
        return wordMultiplier;
    }
}
