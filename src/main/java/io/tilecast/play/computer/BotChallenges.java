package io.tilecast.play.computer;

import io.tilecast.game.lexicon.Lexicon;
import java.util.List;
import java.util.SplittableRandom;

/** Whether a bot challenges a play: never a valid one; a phony always from {@code steady} up, else half the time. */
final class BotChallenges {

    private static final int ALWAYS_FROM_LEVEL = 2;

    private BotChallenges() {
    }

    static boolean challenges(Bot bot, List<String> words, Lexicon lexicon, long seed) {
        boolean phony = words.stream().anyMatch(word -> !lexicon.contains(word));
        return phony && (bot.level() >= ALWAYS_FROM_LEVEL || new SplittableRandom(seed).nextBoolean());
    }
}
