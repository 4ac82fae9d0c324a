package io.tilecast.game.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.rules.EndReason;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Positions;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The computer levels: legal moves only, each in its own way, and an exchange or a pass only when due. */
class StrategyTest {

    private static final MoveGenerator MOVES = MoveGenerator.of(Positions.ENGLISH);
    private static final List<Strategy> LEVELS = List.of(new Beginner(), new Steady(), new Expert(),
            new Master(java.time.Duration.ofMillis(2)));

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    @ParameterizedTest(name = "seed={0}L")
    @MethodSource("seeds")
    void everyLevelPlaysAWholeGameOfLegalMoves(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        GameState state = GameState.start(seed, 2, Positions.ENGLISH);
        for (int turn = 0; turn < 200 && !state.finished(); turn++) {
            int seat = state.toMove();
            Strategy level = LEVELS.get((int) ((seed + seat) % LEVELS.size()));
            Move move = level.choose(seen(state), MOVES, random);
            state = Positions.played(state, seat, move);
        }
        assertThat(state.finished()).isTrue();
        assertThat(state.result().orElseThrow().reason()).isIn(EndReason.OUT, EndReason.SCORELESS);
    }

    @Test
    void theBeginnerPlaysAShortWordForFewPoints() {
        GameState state = Positions.position(Positions.CAT, "AEINRST", "EEIOUAA");
        for (long seed = 0; seed < 20; seed++) {
            Move.Place place = (Move.Place) new Beginner().choose(seen(state), MOVES, new SplittableRandom(seed));
            assertThat(place.tiles()).hasSizeLessThanOrEqualTo(3);
            assertThat(Positions.accepted(state.apply(0, place)).turn().score()).isLessThanOrEqualTo(14);
        }
    }

    @Test
    void theSteadyPlayerPlaysWellButNotBest() {
        GameState state = Positions.position(Positions.CAT, "AEINRST", "EEIOUAA");
        int best = MOVES.best(state.board(), state.rack(0)).orElseThrow().score();
        for (long seed = 0; seed < 20; seed++) {
            Move move = new Steady().choose(seen(state), MOVES, new SplittableRandom(seed));
            int score = Positions.accepted(state.apply(0, move)).turn().score();
            assertThat(score).isBetween(best / 2, best * 9 / 10);
        }
    }

    @Test
    void theExpertTakesABingoAndKeepsItsBlankForLater() {
        GameState state = Positions.position(Positions.CAT, "AEINRST", "EEIOUAA");
        Move.Place bingo = (Move.Place) new Expert().choose(seen(state), MOVES, new SplittableRandom(1));
        assertThat(bingo.tiles()).hasSize(7);

        GameState withBlank = Positions.position(Positions.CAT, "?QXZEIO", "EEIOUAA");
        Move move = new Expert(LeaveValue.rough()).choose(seen(withBlank), MOVES, new SplittableRandom(1));
        if (move instanceof Move.Place place) {
            assertThat(place.tiles()).noneMatch(Placement::blank);
        } else {
            assertThat(((Move.Exchange) move).letters()).doesNotContain("?");
        }
    }

    @Test
    void theExpertOnTheLearnedTableKeepsTheBlankAndTheSAndPlaysOffTheClumsyTiles() {
        assertKeepsBlankAndS(new Expert());
    }

    @Test
    void theMasterAfterSimulatingKeepsTheBlankAndTheSAndPlaysOffTheClumsyTiles() {
        assertKeepsBlankAndS(new Master(java.time.Duration.ofMillis(200)));
    }

    private static void assertKeepsBlankAndS(Strategy level) {
        GameState state = Positions.position(Positions.CAT, "?SUUVVI", "EEIOUAA");
        Move move = level.choose(seen(state), MOVES, new SplittableRandom(1));
        String kept = switch (move) {
            case Move.Place place -> state.rack(0).remove(place.tiles().stream()
                    .map(tile -> tile.blank() ? "?" : String.valueOf(tile.letter())).reduce("", String::concat))
                    .orElseThrow().tiles();
            case Move.Exchange exchange -> state.rack(0).remove(exchange.letters()).orElseThrow().tiles();
            default -> throw new AssertionError("neither a play nor an exchange: " + move);
        };
        assertThat(kept).contains("?", "S");
        assertThat(kept).doesNotContain("VV", "UU");
    }

    @Test
    void withNoPlayEveryLevelExchangesWhileTheBagAllowsAndOnlyThenPasses() {
        GameState full = Positions.position(Positions.CAT, "Q", "EEIOUAA");
        GameState nearlyEmpty = Positions.positionWithBag(Positions.CAT, "AE", "Q", "EEIOUAA");
        for (Strategy level : LEVELS) {
            assertThat(MOVES.plays(full.board(), full.rack(0))).isEmpty();
            assertThat(level.choose(seen(full), MOVES, new SplittableRandom(1))).isInstanceOf(Move.Exchange.class);
            assertThat(level.choose(seen(nearlyEmpty), MOVES, new SplittableRandom(1))).isEqualTo(new Move.Pass());
        }
    }

    private static Position seen(GameState state) {
        int seat = state.toMove();
        return new Position(state.board(), state.rack(seat), state.scores(), seat, state.bagSize());
    }
}
