package io.tilecast.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants that hold in every game, checked over random complete games. */
class GameProperties {

    private static final int MAX_TURNS = 500;

    /** A random complete game, checking after every move that a refused blunder changed nothing. */
    static GameState playOut(long seed, int seats) {
        Random random = new Random(seed);
        RandomPlayer player = new RandomPlayer(random);
        GameState state = GameState.start(seed, seats, Lexicon.anyWord());
        for (int turn = 0; turn < MAX_TURNS && !state.finished(); turn++) {
            if (random.nextInt(4) == 0) {
                SeatedMove blunder = player.blunder(state);
                GameState before = state;
                if (state.apply(blunder.seat(), blunder.move()) instanceof MoveOutcome.Rejected) {
                    assertThat(state).isEqualTo(before).isEqualTo(rebuild(seed, seats, state.turns()));
                }
            }
            MoveOutcome outcome = state.apply(state.toMove(), player.choose(state));
            assertThat(outcome).isInstanceOf(MoveOutcome.Accepted.class);
            state = ((MoveOutcome.Accepted) outcome).next();
            assertThat(tiles(state)).isEqualTo(sorted(TileSet.all()));
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

    @Property(tries = 3000)
    void theHundredTilesAreConservedAndScoresAddUp(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int seats) {
        GameState game = playOut(seed, seats);

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

    @Property(tries = 2000)
    void aGameRebuiltFromItsSeedAndMovesEqualsTheOriginal(@ForAll long seed,
                                                          @ForAll @IntRange(min = 2, max = 4) int seats) {
        GameState game = playOut(seed, seats);

        assertThat(rebuild(seed, seats, game.turns())).isEqualTo(game);
    }

    @Property(tries = 2000)
    void gcgRoundTripReplaysToTheSameGame(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int seats) {
        GameState game = playOut(seed, seats);
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

    private static String tiles(GameState state) {
        StringBuilder all = new StringBuilder(state.bag().tiles());
        for (int seat = 0; seat < state.seats(); seat++) {
            all.append(state.rack(seat).tiles());
        }
        for (String row : state.board().rows()) {
            for (char c : row.toCharArray()) {
                if (c != Board.EMPTY) {
                    all.append(Character.isLowerCase(c) ? TileSet.BLANK : c);
                }
            }
        }
        return sorted(all.toString());
    }

    private static String sorted(String tiles) {
        char[] chars = tiles.toCharArray();
        Arrays.sort(chars);
        return new String(chars);
    }
}
