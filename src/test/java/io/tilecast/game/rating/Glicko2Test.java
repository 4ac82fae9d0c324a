package io.tilecast.game.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Glicko2Test {

    /** One rating period of the paper is 1 / 0.21436 days of growth. */
    private static final double ONE_PERIOD = 1 / Glicko2.PERIODS_PER_DAY;

    @Test
    void reproducesGlickmansWorkedExample() {
        Rating after = Glicko2.rate(new Rating(1500, 200, 0.06), ONE_PERIOD, List.of(
                new Glicko2.Result(new Rating(1400, 30, 0.06), 1),
                new Glicko2.Result(new Rating(1550, 100, 0.06), 0),
                new Glicko2.Result(new Rating(1700, 300, 0.06), 0)));

        // The paper rounds as it goes (mu' = -0.2069): unrounded arithmetic lands within one unit of its last digit.
        assertThat(after.rating()).isCloseTo(1464.06, within(0.01));
        assertThat(after.deviation()).isCloseTo(151.52, within(0.01));
        assertThat(after.volatility()).isCloseTo(0.05999, within(0.00001));
    }

    @Test
    void deviationGrowsWithTheDaysAndIsCappedAt350() {
        Rating settled = new Rating(1800, 60, 0.06);

        assertThat(Glicko2.grown(settled, 0).deviation()).isCloseTo(60, within(1e-9));
        assertThat(Glicko2.grown(settled, 30).deviation())
                .isCloseTo(Math.sqrt(Math.pow(60 / 173.7178, 2) + 0.06 * 0.06 * 0.21436 * 30) * 173.7178, within(1e-9));
        assertThat(Glicko2.grown(settled, 1_000_000).deviation()).isEqualTo(350);
    }

    @Test
    void deviationNeverFallsBelow45() {
        Rating settled = new Rating(1500, 46, 0.06);
        Rating opponent = new Rating(1500, 46, 0.06);

        Rating after = Glicko2.rate(settled, 0, List.of(new Glicko2.Result(opponent, 0.5),
                new Glicko2.Result(opponent, 0.5), new Glicko2.Result(opponent, 0.5)));

        assertThat(after.deviation()).isEqualTo(45);
    }

    @Test
    void newPlayersWhoDrawStayAt1500() {
        List<Rating> after = new Standings(List.of(300, 300), List.of(-1, -1)).rate(List.of(Rating.NEW, Rating.NEW),
                List.of(0.0, 0.0));

        assertThat(after).allSatisfy(rating -> assertThat(rating.rating()).isCloseTo(1500, within(1e-9)));
        assertThat(after.getFirst().deviation()).isLessThan(350);
    }

    @Test
    void aResignationLosesToEveryoneStillInWhateverTheScores() {
        Standings standings = new Standings(List.of(400, 100, 200, 50), List.of(5, -1, -1, 9));

        assertThat(standings.score(0, 1)).isZero();
        assertThat(standings.score(0, 2)).isZero();
        assertThat(standings.score(2, 1)).isEqualTo(1);
        assertThat(standings.score(3, 0)).isEqualTo(1);
        assertThat(standings.score(1, 3)).isEqualTo(1);
    }

    @Test
    void categoriesComeFromTheClock() {
        assertThat(Category.of(120, 5)).isEqualTo(Category.BLITZ);
        assertThat(Category.of(60, 7)).isEqualTo(Category.ULTRABLITZ);
        assertThat(Category.of(300, 12)).isEqualTo(Category.RAPID);
        assertThat(Category.of(1200, 0)).isEqualTo(Category.CLASSIC);
        assertThat(Category.of(1199, 0)).isEqualTo(Category.RAPID);
        assertThat(Category.of(null, 0)).isEqualTo(Category.CORRESPONDENCE);
        assertThat(Category.CLASSIC.key("english")).isEqualTo("english:classic");
    }
}
