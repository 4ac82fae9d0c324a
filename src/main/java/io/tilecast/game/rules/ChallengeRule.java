package io.tilecast.game.rules;

import java.util.Arrays;
import java.util.Optional;

/** What a challenge of a valid play costs or earns (RULES.md "Challenges"), with the string the API uses. */
public enum ChallengeRule {
    VOID("void", 0),
    SINGLE("single", 0),
    DOUBLE("double", 0),
    FIVE_POINT("five-point", 5),
    TEN_POINT("ten-point", 10);

    private final String code;
    private final int bonusPerWord;

    ChallengeRule(String code, int bonusPerWord) {
        this.code = code;
        this.bonusPerWord = bonusPerWord;
    }

    public String code() {
        return code;
    }

    /** Points the challenged player gains for each word of a play found valid. */
    public int bonusPerWord() {
        return bonusPerWord;
    }

    /** The rule with this code; null (absent, as in games from before challenges) is {@code void}. */
    public static Optional<ChallengeRule> named(String code) {
        if (code == null) {
            return Optional.of(VOID);
        }
        return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
    }
}
