package io.tilecast.game.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContestTest {

    @Test
    void aCandidateClearlyBehindIsLetGoAndTheLeaderStays() {
        Contest contest = new Contest(3);
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 64; round++) {
            double luck = random.nextDouble(-30, 30); // shared by all: the round's draw
            contest.record(new double[] {luck + 10, luck + 9.5 + random.nextDouble(-2, 2), luck});
        }
        assertThat(contest.in(2)).isFalse();
        assertThat(contest.in(0)).isTrue();
        assertThat(contest.leader()).isZero();
    }

    @Test
    void nobodyIsLetGoBeforeSixteenRounds() {
        Contest contest = new Contest(2);
        for (int round = 0; round < 15; round++) {
            contest.record(new double[] {100, 0});
        }
        assertThat(contest.left()).isEqualTo(2);
        contest.record(new double[] {100, 0});
        assertThat(contest.left()).isEqualTo(1);
    }

    @Test
    void candidatesLevelWithinTheirNoiseStayIn() {
        Contest contest = new Contest(2);
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 400; round++) {
            contest.record(new double[] {random.nextDouble(-30, 30), random.nextDouble(-30, 30)});
        }
        assertThat(contest.left()).isEqualTo(2);
    }
}
