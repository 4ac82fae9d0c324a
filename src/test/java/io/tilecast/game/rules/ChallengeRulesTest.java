package io.tilecast.game.rules;

import static io.tilecast.game.rules.Positions.CAT;
import static io.tilecast.game.rules.Positions.EMPTY;
import static io.tilecast.game.rules.Positions.ENGLISH;
import static io.tilecast.game.rules.Positions.accepted;
import static io.tilecast.game.rules.Positions.across;
import static io.tilecast.game.rules.Positions.played;
import static io.tilecast.game.rules.Positions.position;
import static io.tilecast.game.rules.Positions.positionWithBag;
import static io.tilecast.game.rules.Positions.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RULES.md "Challenges": pending plays, phonies withdrawn, and what a valid play's challenge costs under each rule. */
class ChallengeRulesTest {

    private static final Move CHALLENGE = new Move.Challenge();
    private static final Move PASS = new Move.Pass();
    /** TCA across the centre: a phony. */
    private static final Move.Place PHONY = across(7, 6, "TCA");
    /** AS across under CAT's T: AS and TA, two valid words. */
    private static final Move.Place TWO_WORDS = across(8, 8, "AS");

    @BeforeAll
    static void theWordsAreWhatTheTestsSay() {
        assertThat(ENGLISH.contains("TCA")).isFalse();
        assertThat(ENGLISH.contains("AS") && ENGLISH.contains("TA") && ENGLISH.contains("CATS")).isTrue();
    }

    private static GameState under(ChallengeRule rule, GameState state) {
        return state.withChallenge(ChallengeState.of(rule, state.seats()));
    }

    @Test
    void voidRefusesAPhonyAsBefore() {
        GameState state = position(EMPTY, "ACTEEIO", "EEEEEEE");

        assertThat(rejected(state.apply(0, PHONY)).words()).containsExactly("TCA");
        assertThat(rejected(state.apply(1, CHALLENGE)).code()).isEqualTo(RejectionCode.NOTHING_TO_CHALLENGE);
    }

    @Test
    void aPhonyIsAcceptedAndScoredAndNothingSaysItIsOne() {
        GameState state = under(ChallengeRule.DOUBLE, position(EMPTY, "ACTEEIO", "EEEEEEE"));

        Ruling.Accepted placed = accepted(state.apply(0, PHONY));

        assertThat(placed.turn().score()).isEqualTo(10);
        assertThat(placed.next().score(0)).isEqualTo(10);
        assertThat(placed.next().toMove()).isEqualTo(1);
        assertThat(placed.next().challenge().pending().seat()).isZero();
        assertThat(placed.next().view(OptionalInt.of(1)).toString()).doesNotContain("phon");
    }

    @Test
    void aChallengedPhonyIsWithdrawnWithItsTilesAndItsDrawnTilesBackInAReshuffledBag() {
        GameState state = under(ChallengeRule.SINGLE, position(EMPTY, "ACTEEIO", "EEEEEEE"));
        GameState placed = played(state, 0, PHONY);

        Ruling.Accepted challenged = accepted(placed.apply(1, CHALLENGE));
        GameState after = challenged.next();

        assertThat(after.board()).isEqualTo(state.board());
        assertThat(after.rack(0)).isEqualTo(state.rack(0));
        assertThat(after.score(0)).isZero();
        assertThat(sorted(after.bag().tiles())).isEqualTo(sorted(state.bag().tiles()));
        assertThat(after.bag()).isEqualTo(placed.bag().putBack(placed.turns().getLast().drawn()));
        assertThat(after.toMove()).isEqualTo(1);
        assertThat(after.scorelessTurns()).isEqualTo(1);
        assertThat(after.challenge().open()).isFalse();
        assertThat(challenged.turn().kind()).isEqualTo(TurnKind.CHALLENGE);
        assertThat(challenged.turn().withdrew()).isTrue();
        assertThat(challenged.turn().by()).isEqualTo(1);
        assertThat(challenged.turn().words()).extracting(Word::word).containsExactly("TCA");
        assertThat(challenged.turn().score()).isEqualTo(-10);
    }

    @Test
    void aValidPlayChallengedUnderSingleChangesNothingAndTheChallengerMoves() {
        GameState placed = played(under(ChallengeRule.SINGLE, position(CAT, "ASEEIOU", "EEEEEEE")), 0, TWO_WORDS);

        Ruling.Accepted challenged = accepted(placed.apply(1, CHALLENGE));

        assertThat(challenged.turn().withdrew()).isFalse();
        assertThat(challenged.next().scores()).isEqualTo(placed.scores());
        assertThat(challenged.next().board()).isEqualTo(placed.board());
        assertThat(challenged.next().toMove()).isEqualTo(1);
        assertThat(challenged.next().scorelessTurns()).isZero();
    }

    @Test
    void aValidPlayChallengedUnderDoubleCostsTheChallengerTheirTurn() {
        GameState placed = played(under(ChallengeRule.DOUBLE, position(CAT, "ASEEIOU", "EEEEEEE")), 0, TWO_WORDS);

        GameState after = accepted(placed.apply(1, CHALLENGE)).next();

        assertThat(after.toMove()).isZero();
        assertThat(after.scorelessTurns()).isEqualTo(1);
        assertThat(after.scores()).isEqualTo(placed.scores());
    }

    @Test
    void fiveAndTenPointsForEachWordOfAValidPlay() {
        for (ChallengeRule rule : new ChallengeRule[] {ChallengeRule.FIVE_POINT, ChallengeRule.TEN_POINT}) {
            GameState placed = played(under(rule, position(CAT, "ASEEIOU", "EEEEEEE")), 0, TWO_WORDS);
            Ruling.Accepted challenged = accepted(placed.apply(1, CHALLENGE));

            assertThat(challenged.turn().score()).isEqualTo(2 * rule.bonusPerWord());
            assertThat(challenged.next().score(0)).isEqualTo(placed.score(0) + 2 * rule.bonusPerWord());
            assertThat(challenged.next().toMove()).isEqualTo(1);
        }
    }

    @Test
    void goingOutWithAPendingPlayEndsTheGameAtTheFinalPass() {
        GameState out = played(under(ChallengeRule.DOUBLE, positionWithBag(CAT, "", "S", "QEEEEEE")), 0,
                across(7, 9, "S"));
        assertThat(out.finished()).isFalse();
        assertThat(rejected(out.apply(1, across(6, 6, "E"))).code()).isEqualTo(RejectionCode.FINAL_PASS_EXPECTED);
        assertThat(rejected(out.apply(1, new Move.Exchange("Q"))).code())
                .isEqualTo(RejectionCode.FINAL_PASS_EXPECTED);

        GameState over = played(out, 1, PASS);

        assertThat(over.result().orElseThrow().reason()).isEqualTo(EndReason.OUT);
        assertThat(over.result().orElseThrow().finalScores().get(0)).isEqualTo(out.score(0) + 2 * 16);
    }

    @Test
    void goingOutThenAChallengeThatFindsThePlayValidEndsTheGame() {
        GameState out = played(under(ChallengeRule.FIVE_POINT, positionWithBag(CAT, "", "S", "QEEEEEE")), 0,
                across(7, 9, "S"));

        GameState over = played(out, 1, CHALLENGE);

        assertThat(over.result().orElseThrow().reason()).isEqualTo(EndReason.OUT);
        assertThat(over.result().orElseThrow().finalScores().get(0)).isEqualTo(out.score(0) + 5 + 2 * 16);
    }

    @Test
    void goingOutWithAPhonyChallengedGivesTheRackBackAndTheGameGoesOn() {
        GameState out = played(under(ChallengeRule.DOUBLE, positionWithBag(CAT, "", "X", "QEEEEEE")), 0,
                across(7, 9, "X"));

        GameState after = played(out, 1, CHALLENGE);

        assertThat(after.finished()).isFalse();
        assertThat(after.rack(0).tiles()).isEqualTo("X");
        assertThat(after.toMove()).isEqualTo(1);
        assertThat(accepted(after.apply(1, across(6, 6, "E"))).next().finished()).isFalse();
    }

    @Test
    void aResignationOrATimeoutAfterGoingOutLeavesThePlayStandingAndEndsTheGame() {
        GameState out = played(under(ChallengeRule.SINGLE, positionWithBag(CAT, "", "S", "QEEEEEE", "IIIIIII")), 0,
                across(7, 9, "S"));

        GameState resigned = played(out, 2, new Move.Resign());
        GameClock clock = GameClock.untimed(Duration.ofMinutes(1));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        GameState timed = accepted(Positions.clocked(under(ChallengeRule.SINGLE,
                positionWithBag(CAT, "", "S", "QEEEEEE", "IIIIIII")), clock, t0).apply(0, across(7, 9, "S"), t0))
                .next();
        GameState timedOut = accepted(timed.timeOut()).next();

        assertThat(resigned.result().orElseThrow().reason()).isEqualTo(EndReason.OUT);
        assertThat(resigned.result().orElseThrow().winners()).containsExactly(0);
        assertThat(timedOut.result().orElseThrow().reason()).isEqualTo(EndReason.OUT);
        assertThat(timedOut.resigned(1)).isTrue();
    }

    @Test
    void nothingToChallengeAfterAPassOrTheNextPlayersMoveOrOnesOwnPlay() {
        GameState state = under(ChallengeRule.DOUBLE, position(EMPTY, "ACTEEIO", "EEEEEEE", "IIIIIII"));
        GameState placed = played(state, 0, PHONY);

        assertThat(rejected(placed.apply(0, CHALLENGE)).code()).isEqualTo(RejectionCode.NOTHING_TO_CHALLENGE);
        GameState passed = played(placed, 1, PASS);
        assertThat(rejected(passed.apply(2, CHALLENGE)).code()).isEqualTo(RejectionCode.NOTHING_TO_CHALLENGE);
        assertThat(passed.board().rows().get(7)).contains("TCA");
        assertThat(rejected(played(passed, 2, PASS).apply(0, CHALLENGE)).code())
                .isEqualTo(RejectionCode.NOTHING_TO_CHALLENGE);
    }

    @Test
    void inAFourPlayerGameAnyOtherPlayerMayChallengeAndTheFirstDecides() {
        GameState state = under(ChallengeRule.SINGLE, position(EMPTY, "ACTEEIO", "EEEEEEE", "IIIIIII", "OOOOOOO"));
        GameState placed = played(state, 0, PHONY);

        GameState after = played(placed, 2, CHALLENGE);

        assertThat(after.rack(0)).isEqualTo(state.rack(0));
        assertThat(after.toMove()).isEqualTo(1);
        assertThat(rejected(after.apply(3, CHALLENGE)).code()).isEqualTo(RejectionCode.NOTHING_TO_CHALLENGE);
        assertThat(rejected(after.apply(1, CHALLENGE)).code()).isEqualTo(RejectionCode.NOTHING_TO_CHALLENGE);
    }

    @Test
    void inAFourPlayerGameALostDoubleChallengeSkipsTheChallengersNextTurn() {
        GameState placed = played(under(ChallengeRule.DOUBLE,
                position(CAT, "ASEEIOU", "EEEEEEE", "IIIIIII", "OOOOOOO")), 0, TWO_WORDS);

        GameState challenged = played(placed, 2, CHALLENGE);
        assertThat(challenged.toMove()).isEqualTo(1);
        GameState passed = played(challenged, 1, PASS);

        assertThat(passed.toMove()).isEqualTo(3);
        assertThat(played(played(passed, 3, PASS), 0, PASS).toMove()).isEqualTo(1);
        assertThat(played(played(played(passed, 3, PASS), 0, PASS), 1, PASS).toMove()).isEqualTo(2);
    }

    @Test
    void aWithdrawnPhonyIsAScorelessTurnThatCanEndTheGame() {
        GameState state = under(ChallengeRule.SINGLE, position(EMPTY, "ACTEEIO", "EEEEEEE")).withScorelessTurns(5);
        GameState placed = played(state, 0, PHONY);
        assertThat(placed.scorelessTurns()).isZero();

        GameState over = played(placed, 1, CHALLENGE);

        assertThat(over.result().orElseThrow().reason()).isEqualTo(EndReason.SCORELESS);
    }

    @Test
    void theChallengeIsMadeOnTheChallengersClock() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        GameClock clock = GameClock.timed(new TimeControl(600, 5, 1));
        GameState start = Positions.clocked(under(ChallengeRule.DOUBLE, position(CAT, "ASEEIOU", "EEEEEEE")), clock,
                t0);
        GameState placed = accepted(start.apply(0, TWO_WORDS, t0.plusSeconds(10))).next();

        GameState after = accepted(placed.apply(1, CHALLENGE, t0.plusSeconds(40))).next();

        assertThat(after.clock().remaining().get(1)).isEqualTo(Duration.ofSeconds(600 - 30).toMillis());
        assertThat(after.clock().remaining().get(0)).isEqualTo(Duration.ofSeconds(600 - 10 + 5).toMillis());
        assertThat(after.clock().running().getAsInt()).isZero();
    }

    private static String sorted(String tiles) {
        char[] chars = tiles.toCharArray();
        Arrays.sort(chars);
        return new String(chars);
    }
}
