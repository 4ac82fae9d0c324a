package io.tilecast.game.rules;

import static io.tilecast.game.rules.Positions.CAT;
import static io.tilecast.game.rules.Positions.EMPTY;
import static io.tilecast.game.rules.Positions.accepted;
import static io.tilecast.game.rules.Positions.clocked;
import static io.tilecast.game.rules.Positions.positionWithBag;
import static io.tilecast.game.rules.Positions.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockRulesTest {

    private static final Instant START = Instant.parse("2026-11-30T17:00:00Z");
    private static final Move PASS = new Move.Pass();
    private static final GameClock FIVE_MINUTES = GameClock.timed(new TimeControl(300, 0, 1));

    private static Instant after(int seconds) {
        return START.plusSeconds(seconds);
    }

    private static GameState played(GameState state, int seat, Move move, Instant at) {
        return accepted(state.apply(seat, move, at)).next();
    }

    @Test
    void theMoversTimeRunsDownAndTheClockChangesSides() {
        GameState state = clocked(positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE"), FIVE_MINUTES, START);

        GameState next = played(state, 0, PASS, after(40));

        assertThat(next.clock().remaining()).containsExactly(260_000L, 300_000L);
        assertThat(next.clock().running()).hasValue(1);
        assertThat(next.clock().at()).isEqualTo(after(40));
        assertThat(next.clock().deadline()).hasValue(after(40 + 300 + 60));
    }

    @Test
    void aTurnEarnsTheIncrementAResignationDoesNot() {
        GameClock increment = GameClock.timed(new TimeControl(300, 5, 0));
        GameState state = clocked(positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE", "IIIIIII"), increment, START);

        GameState next = played(played(state, 0, PASS, after(10)), 1, new Move.Resign(), after(12));

        assertThat(next.clock().remaining()).containsExactly(295_000L, 298_000L, 300_000L);
    }

    @Test
    void eachStartedMinutePastZeroCostsTenPointsAtTheEnd() {
        GameClock clock = GameClock.timed(new TimeControl(60, 0, 5));
        GameState state = clocked(positionWithBag(CAT, "", "E", "A"), clock, START);

        state = played(state, 0, PASS, after(60 + 61));   // 61 s over: two started minutes
        state = played(state, 1, PASS, after(121 + 59));  // 59 s used: no penalty
        for (int turn = 0; turn < 4; turn++) {
            state = played(state, turn % 2, PASS, after(180));
        }

        GameResult result = state.result().orElseThrow();
        assertThat(result.adjustments()).contains(new RackAdjustment(0, "", -20, RackAdjustment.PENALTY));
        assertThat(result.adjustments()).noneMatch(a -> a.penalty() && a.seat() == 1);
        assertThat(result.finalScores()).containsExactly(-1 - 20, -1);
        assertThat(state.clock().running()).isEmpty();
    }

    @Test
    void aPlayerWhoUsesUpTheOvertimeLosesATwoPlayerGameOnTime() {
        GameState state = clocked(positionWithBag(CAT, "ABCDEFGH", "DOG", "RAT"), FIVE_MINUTES, START);

        assertThat(state.clock().timedOut(after(359))).isFalse();
        assertThat(state.clock().timedOut(after(360))).isTrue();
        Ruling.Accepted out = accepted(state.timeOut());

        GameResult result = out.next().result().orElseThrow();
        assertThat(out.turn().kind()).isEqualTo(TurnKind.TIMEOUT);
        assertThat(result.reason()).isEqualTo(EndReason.TIMEOUT);
        assertThat(result.winners()).containsExactly(1);
        assertThat(result.adjustments()).containsExactly(new RackAdjustment(0, "", -10, RackAdjustment.PENALTY));
        assertThat(out.next().clock().remaining()).containsExactly(-60_000L, 300_000L);
    }

    @Test
    void withThreePlayersTheOneOutOfTimeIsOutAndPlayGoesOn() {
        GameState state = clocked(positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE", "IIIIIII"), FIVE_MINUTES,
                START);
        state = played(state, 0, PASS, after(5));

        GameState next = accepted(state.timeOut()).next();

        assertThat(next.finished()).isFalse();
        assertThat(next.resigned(1)).isTrue();
        assertThat(next.toMove()).isEqualTo(2);
        assertThat(next.clock().running()).hasValue(2);
        assertThat(next.clock().at()).isEqualTo(after(5 + 360));
    }

    @Test
    void anUntimedGameGivesEachMoveItsLimit() {
        GameClock untimed = GameClock.untimed(Duration.ofHours(72));
        GameState state = clocked(positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE"), untimed, START);

        GameState next = played(state, 0, PASS, after(3600));

        assertThat(next.clock().deadline()).hasValue(after(3600).plus(Duration.ofHours(72)));
        assertThat(next.clock().remaining()).isEmpty();
        GameResult result = accepted(next.timeOut()).next().result().orElseThrow();
        assertThat(result.reason()).isEqualTo(EndReason.TIMEOUT);
        assertThat(result.winners()).containsExactly(0);
        assertThat(result.adjustments()).isEmpty();
    }

    @Test
    void aGameWithoutTimeNeverTimesOut() {
        GameState state = positionWithBag(EMPTY, "ABCDEFGH", "CATXYZE", "EEEEEEE");

        assertThat(state.clock().deadline()).isEmpty();
        assertThat(rejected(state.timeOut()).code()).isEqualTo(RejectionCode.GAME_NOT_ACTIVE);
    }

    @Test
    void theSameMovesAtTheSameInstantsGiveTheSameClock() {
        GameState state = clocked(positionWithBag(CAT, "ABCDEFGH", "DOG", "RAT"), FIVE_MINUTES, START);
        List<Instant> times = List.of(after(3), after(9), after(30));
        GameState one = state;
        GameState two = state;
        for (int i = 0; i < times.size(); i++) {
            one = played(one, i % 2, PASS, times.get(i));
            two = played(two, i % 2, PASS, times.get(i));
        }
        assertThat(one).isEqualTo(two);
        assertThat(one.clock().remaining()).containsExactly(300_000L - 3_000 - 21_000, 300_000L - 6_000);
    }

    @Test
    void outOfRangeTimeControlsDoNotExist() {
        assertThat(TimeControl.valid(59, 0, 1)).isFalse();
        assertThat(TimeControl.valid(7201, 0, 1)).isFalse();
        assertThat(TimeControl.valid(60, 61, 1)).isFalse();
        assertThat(TimeControl.valid(60, 0, 11)).isFalse();
        assertThat(TimeControl.valid(7200, 60, 10)).isTrue();
    }
}
