package io.tilecast.game.gcg;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.GameClock;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Positions;
import io.tilecast.game.search.WordFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A withdrawn phony is a play line and a {@code --} line, a bonus a {@code (challenge)} line, a lost turn a pass. */
class ChallengeGcgTest {

    private static final Lexicon ENGLISH = Lexicon.english();
    private static final List<String> NAMES = List.of("ann", "ben");

    @Test
    void aWithdrawnPhonyAndAChallengeBonusAreWrittenAndReadBack() {
        GameState game = GameState.start(7, 2, ENGLISH, GameClock.NONE, null, ChallengeRule.FIVE_POINT);
        game = Positions.played(game, 0, phony(game, 0));
        game = Positions.played(game, 1, new Move.Challenge());
        game = Positions.played(game, 1, valid(game, 1));
        game = Positions.played(game, 0, new Move.Challenge());

        String gcg = GcgWriter.write(game, NAMES);
        GcgRecord record = GcgReader.read(gcg, ENGLISH);

        assertThat(gcg).contains(">ann: " + game.rack(0).tiles() + " -- -");
        assertThat(gcg).contains(">ben:  (challenge) +");
        assertThat(record.entries()).extracting(GcgEntry::kind).containsExactly(GcgEntry.Kind.PLACE,
                GcgEntry.Kind.WITHDRAWAL, GcgEntry.Kind.PLACE, GcgEntry.Kind.CHALLENGE_BONUS);
        assertThat(record.entries().getFirst().withdrawn()).isTrue();
        assertThat(record.entries().getFirst().unknownWords()).isNotEmpty();
        assertThat(record.scoreMismatches()).isEmpty();
        assertThat(record.finalTotals()).isEqualTo(game.scores());
    }

    @Test
    void aLostDoubleChallengeIsThePassOfTheChallenger() {
        GameState game = GameState.start(7, 2, ENGLISH, GameClock.NONE, null, ChallengeRule.DOUBLE);
        game = Positions.played(game, 0, valid(game, 0));
        game = Positions.played(game, 1, new Move.Challenge());

        GcgRecord record = GcgReader.read(GcgWriter.write(game, NAMES), ENGLISH);

        assertThat(record.entries()).extracting(GcgEntry::kind).containsExactly(GcgEntry.Kind.PLACE,
                GcgEntry.Kind.PASS);
        assertThat(record.entries().getLast().seat()).isEqualTo(1);
        assertThat(record.finalTotals()).isEqualTo(game.scores());
    }

    private static Move phony(GameState game, int seat) {
        String rack = game.rack(seat).tiles().replace("?", "");
        for (int a = 0; a < rack.length(); a++) {
            for (int b = 0; b < rack.length(); b++) {
                if (a != b && !ENGLISH.contains("" + rack.charAt(a) + rack.charAt(b))) {
                    return Move.Place.of(Placement.tile(7, 7, rack.charAt(a)), Placement.tile(7, 8, rack.charAt(b)));
                }
            }
        }
        throw new AssertionError("no phony in " + rack);
    }

    private static Move valid(GameState game, int seat) {
        return new Move.Place(WordFinder.play(game.board().rows(), game.rack(seat).tiles(), ENGLISH).orElseThrow());
    }
}
