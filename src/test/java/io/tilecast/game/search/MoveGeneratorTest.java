package io.tilecast.game.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Positions;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Ruling;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The move generator against the rules: every play it finds is one {@link GameState#apply} accepts
 * with the same score, it finds each once, and a brute-force search finds none it missed.
 */
class MoveGeneratorTest {

    private static final MoveGenerator GENERATOR = MoveGenerator.of(Positions.ENGLISH);
    private static final BruteForcePlays BRUTE_FORCE = new BruteForcePlays(Positions.ENGLISH);

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    static LongStream fewerSeeds() {
        return LongStream.range(101, 113);
    }

    @ParameterizedTest(name = "seed={0}L")
    @MethodSource("seeds")
    void everyPlayFoundIsAcceptedWithTheSameScore(long seed) {
        GameState state = MidGamePositions.after(seed, (int) (seed % 24));
        int seat = state.toMove();
        List<Play> plays = GENERATOR.plays(state.board(), state.rack(seat));
        for (Play play : plays) {
            Ruling outcome = state.apply(seat, play.move());
            assertThat(outcome).as("%s on\n%s", play, state.board()).isInstanceOf(Ruling.Accepted.class);
            assertThat(((Ruling.Accepted) outcome).turn().score()).as("score of %s", play).isEqualTo(play.score());
            assertThat(((Ruling.Accepted) outcome).turn().placements()).isEqualTo(play.tiles());
        }
        assertThat(new HashSet<>(plays.stream().map(Play::tiles).toList())).hasSameSizeAs(plays);
    }

    @ParameterizedTest(name = "seed={0}L")
    @MethodSource("fewerSeeds")
    void bruteForceFindsNoPlayTheGeneratorMissed(long seed) {
        GameState state = MidGamePositions.after(seed, (int) (seed % 16));
        Rack rack = state.rack(state.toMove());
        Set<List<Placement>> generated = new HashSet<>(GENERATOR.plays(state.board(), rack).stream().map(Play::tiles).toList());
        Set<List<Placement>> missed = new HashSet<>(BRUTE_FORCE.plays(state.board(), rack));
        missed.removeAll(generated);
        assertThat(missed).as("rack %s on\n%s", rack, state.board()).isEmpty();
    }

    @Test
    void bruteForceAgreesOnAnOpeningWithTwoBlanks() {
        Rack rack = Rack.of("??QZ");
        Set<List<Placement>> generated = new HashSet<>(GENERATOR.plays(Board.empty(), rack).stream().map(Play::tiles).toList());
        assertThat(generated).isEqualTo(BRUTE_FORCE.plays(Board.empty(), rack));
    }

    @Test
    void findsTheBestPlayOnAKnownBoard() {
        Play best = GENERATOR.best(Board.of(Positions.CAT), Rack.of("S")).orElseThrow();
        assertThat(best.tiles()).containsExactly(Placement.tile(7, 9, 'S'));
        assertThat(best.score()).isEqualTo(6);
    }

    @Test
    void aRackWithNoPlayHasNone() {
        assertThat(GENERATOR.plays(Board.of(Positions.CAT), Rack.of("Q"))).isEmpty();
    }
}
