package io.tilecast.game.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.gcg.GcgReader;
import io.tilecast.game.gcg.GcgRecord;
import io.tilecast.game.gcg.GcgWriter;
import io.tilecast.game.lexicon.Lexicon;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants that hold in every game, checked over random complete games. Each run plays fresh
 * seeds, so the games vary from build to build; a failure names the seed and seat count that
 * replay it through {@link #playOut(long, int)}.
 */
class RandomGamesTest {

    private static final int MAX_TURNS = 500;
    private static final String GAME = "seed={0}L seats={1}";

    /** A random complete game, checking after every move that a refused blunder changed nothing. */
    static GameState playOut(long seed, int seats) {
        Random random = new Random(seed);
        RandomPlayer player = new RandomPlayer(random);
        GameState state = GameState.start(seed, seats, Lexicon.anyWord());
        for (int turn = 0; turn < MAX_TURNS && !state.finished(); turn++) {
            if (random.nextInt(4) == 0) {
                SeatedMove blunder = player.blunder(state);
                GameState before = state;
                if (state.apply(blunder.seat(), blunder.move()) instanceof Ruling.Rejected) {
                    assertThat(state).isEqualTo(before).isEqualTo(rebuild(seed, seats, state.turns()));
                }
            }
            Ruling outcome = state.apply(state.toMove(), player.choose(state));
            assertThat(outcome).isInstanceOf(Ruling.Accepted.class);
            state = ((Ruling.Accepted) outcome).next();
            assertThat(Positions.allTiles(state)).isEqualTo(Positions.sorted(TileSet.all()));
        }
        assertThat(state.finished()).as("game over within %d turns", MAX_TURNS).isTrue();
        return state;
    }

    static GameState rebuild(long seed, int seats, List<Turn> turns) {
        GameState state = GameState.start(seed, seats, Lexicon.anyWord());
        for (Turn turn : turns) {
            state = Positions.played(state, turn.seat(), turn.move());
        }
        return state;
    }

    /** Seeds at the edges of a long first, then random ones; two to four seats. */
    static Stream<Arguments> games(int count) {
        SplittableRandom random = new SplittableRandom();
        LongStream edges = LongStream.of(0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE);
        return LongStream.concat(edges, random.longs(count - 5))
                .mapToObj(seed -> Arguments.of(seed, random.nextInt(2, 5)));
    }

    static Stream<Arguments> threeThousandGames() {
        return games(3000);
    }

    static Stream<Arguments> twoThousandGames() {
        return games(2000);
    }

    /** Runs a check of one game, naming the game in its failure so that it can be replayed. */
    private static void check(long seed, int seats, Runnable check) {
        try {
            check.run();
        } catch (AssertionError failure) {
            throw new AssertionError("game seed=" + seed + "L seats=" + seats + " (replay: playOut(" + seed + "L, "
                    + seats + ")): " + failure.getMessage(), failure);
        }
    }

    @ParameterizedTest(name = GAME)
    @MethodSource("threeThousandGames")
    void theHundredTilesAreConservedAndScoresAddUp(long seed, int seats) {
        check(seed, seats, () -> conservedAndAddingUp(playOut(seed, seats), seats));
    }

    private static void conservedAndAddingUp(GameState game, int seats) {
        GameResult result = game.result().orElseThrow();
        for (int seat = 0; seat < seats; seat++) {
            int s = seat;
            int turnScores = game.turns().stream().filter(t -> t.seat() == s).mapToInt(Turn::score).sum();
            assertThat(game.score(seat)).isEqualTo(turnScores + result.adjustment(seat));
            assertThat(result.finalScores().get(seat)).isEqualTo(game.score(seat));
        }
        int adjustmentSum = result.adjustments().stream().mapToInt(RackAdjustment::points).sum();
        if (result.reason() == EndReason.OUT && game.activeSeats() > 2) {
            assertThat(adjustmentSum).isZero();
        }
        assertThat(result.winners()).isNotEmpty().allMatch(w -> !game.resigned(w));
    }

    @ParameterizedTest(name = GAME)
    @MethodSource("twoThousandGames")
    void aGameRebuiltFromItsSeedAndMovesEqualsTheOriginal(long seed, int seats) {
        check(seed, seats, () -> {
            GameState game = playOut(seed, seats);

            assertThat(rebuild(seed, seats, game.turns())).isEqualTo(game);
        });
    }

    @ParameterizedTest(name = GAME)
    @MethodSource("twoThousandGames")
    void gcgRoundTripReplaysToTheSameGame(long seed, int seats) {
        check(seed, seats, () -> gcgRoundTrip(playOut(seed, seats), seed, seats));
    }

    private static void gcgRoundTrip(GameState game, long seed, int seats) {
        List<String> names = List.of("alice", "Zoë Ångström", "bob", "carol").subList(0, seats);

        GcgRecord record = GcgReader.read(GcgWriter.write(game, names), Lexicon.anyWord());

        assertThat(record.scoreMismatches()).isEmpty();
        assertThat(record.finalTotals()).isEqualTo(game.scores());
        GameState replayed = GameState.start(seed, seats, Lexicon.anyWord());
        for (SeatedMove move : record.moves()) {
            replayed = Positions.played(replayed, move.seat(), move.move());
        }
        assertThat(replayed).isEqualTo(game);
    }

}
