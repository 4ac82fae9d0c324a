package io.tilecast.play.computer;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Bots challenge phonies by level and never a valid play. */
class BotChallengesTest {

    private static final Lexicon ENGLISH = Lexicon.english();
    private static final List<String> PHONY = List.of("CAT", "TCA");
    private static final List<String> VALID = List.of("CAT", "AT");

    @Test
    void steadyAndExpertChallengeEveryPhonyAndNoValidPlay() {
        for (String id : List.of("bot-steady", "bot-expert")) {
            Bot bot = Bots.byId(id).orElseThrow();
            assertThat(LongStream.range(0, 200)).allMatch(seed -> BotChallenges.challenges(bot, PHONY, ENGLISH, seed));
            assertThat(LongStream.range(0, 200)).noneMatch(seed -> BotChallenges.challenges(bot, VALID, ENGLISH, seed));
        }
    }

    @Test
    void theBeginnerChallengesAPhonyAboutHalfTheTimeTheSameForTheSameSeedAndNeverAValidPlay() {
        Bot beginner = Bots.byId("bot-beginner").orElseThrow();

        long challenged = LongStream.range(0, 400).filter(s -> BotChallenges.challenges(beginner, PHONY, ENGLISH, s))
                .count();

        assertThat(challenged).isBetween(140L, 260L);
        assertThat(LongStream.range(0, 400)).allMatch(s -> BotChallenges.challenges(beginner, PHONY, ENGLISH, s)
                == BotChallenges.challenges(beginner, PHONY, ENGLISH, s));
        assertThat(LongStream.range(0, 400)).noneMatch(s -> BotChallenges.challenges(beginner, VALID, ENGLISH, s));
    }
}
