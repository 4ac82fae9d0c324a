package io.tilecast.game.search;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Ruling;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Plays the computer levels against each other: games per pairing (200 unless an argument says) (each level moving first
 * in half of them), from fixed seeds, and prints each side's wins, ties and average final score.
 * Run with {@code -Dbench.main=io.tilecast.game.search.HeadToHead}; an argument sets the number of games.
 */
public final class HeadToHead {

    private static final int MAX_TURNS = 200;
    private static final long MASTER_MS = Long.getLong("master.ms", 1_000);
    private static final int MASTER_ROUNDS = Integer.getInteger("master.rounds", 4_000);
    private static final int THREADS = Integer.getInteger("threads", 1);

    private HeadToHead() {
    }

    public static void main(String[] args) {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Lexicon lexicon = Lexicon.english();
        MoveGenerator moves = MoveGenerator.of(lexicon);
        List<List<Strategy>> pairings = List.of(
                List.of(new Steady(), new Beginner()),
                List.of(new Expert(), new Steady()),
                List.of(new Expert(), new Beginner()),
                List.of(new Expert(), new Expert(LeaveValue.rough())),
                List.of(new Master(LeaveValue.learned(), Integer.getInteger("master.candidates", 8),
                        java.time.Duration.ofMillis(MASTER_MS), MASTER_ROUNDS), new Expert()));
        System.out.printf("%-18s %6s %6s %6s %8s %8s %9s%n", "stronger - weaker", "games", "wins", "ties",
                "avg", "avg", "ms/game");
        String only = System.getProperty("pairing", "");
        for (List<Strategy> pairing : pairings) {
            if (!(name(pairing.get(0)) + " - " + name(pairing.get(1))).contains(only)) {
                continue;
            }
            play(pairing.get(0), pairing.get(1), games, lexicon, moves);
        }
    }

    private static void play(Strategy first, Strategy second, int games, Lexicon lexicon, MoveGenerator moves) {
        SplittableRandom seeds = new SplittableRandom(16);
        List<SplittableRandom> randoms = IntStream.range(0, games).mapToObj(game -> seeds.split()).toList();
        long started = System.nanoTime();
        List<int[]> finals;
        try (ForkJoinPool pool = new ForkJoinPool(THREADS)) {
            finals = pool.submit(() -> IntStream.range(0, games).parallel()
                    .mapToObj(game -> game(first, second, game % 2 == 1, randoms.get(game), lexicon, moves))
                    .toList()).join();
        }
        int wins = 0;
        int ties = 0;
        long scoreFirst = 0;
        long scoreSecond = 0;
        for (int[] scores : finals) {
            scoreFirst += scores[0];
            scoreSecond += scores[1];
            wins += scores[0] > scores[1] ? 1 : 0;
            ties += scores[0] == scores[1] ? 1 : 0;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%-18s %6d %5.1f%% %5.1f%% %8.1f %8.1f %9d%n",
                name(first) + " - " + name(second), games, 100.0 * wins / games, 100.0 * ties / games,
                (double) scoreFirst / games, (double) scoreSecond / games, ms / games);
    }

    /** One game from its own seed: the first strategy's final score, then the second's. */
    private static int[] game(Strategy first, Strategy second, boolean swapped, SplittableRandom random,
                              Lexicon lexicon, MoveGenerator moves) {
        Strategy[] seats = swapped ? new Strategy[] {second, first} : new Strategy[] {first, second};
        GameState state = GameState.start(random.nextLong(), 2, lexicon);
        for (int turn = 0; turn < MAX_TURNS && !state.finished(); turn++) {
            int seat = state.toMove();
            Position position = new Position(state.board(), state.rack(seat), state.scores(), seat, state.bagSize());
            Move move = seats[seat].choose(position, moves, random);
            if (!(state.apply(seat, move) instanceof Ruling.Accepted accepted)) {
                throw new IllegalStateException(seats[seat] + " chose a refused move " + move + " on\n" + state);
            }
            state = accepted.next();
        }
        return new int[] {state.score(swapped ? 1 : 0), state.score(swapped ? 0 : 1)};
    }

    private static String name(Strategy strategy) {
        if (strategy instanceof Expert expert && !(expert.leaves() instanceof LeaveTable)) {
            return "rough"; // the expert on the hand-set leave values the self-play starts from
        }
        return strategy.getClass().getSimpleName().toLowerCase();
    }
}
