package io.tilecast.game.search;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.lexicon.WordGraph;
import io.tilecast.game.lexicon.WordList;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Ruling;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to find every legal play of a rack with a blank on mid-game boards (one position per
 * call, so the percentiles are across positions), and time and memory to build the letter tree
 * of the default lexicon.
 */
@State(Scope.Thread)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MoveGeneratorBenchmark {

    private static final int POSITIONS = 256;

    private final List<Board> boards = new ArrayList<>();
    private final List<Rack> racks = new ArrayList<>();
    private MoveGenerator generator;
    private List<String> words;
    private int next;

    @Setup
    public void setUp() {
        Lexicon lexicon = Lexicon.english();
        words = ((WordList) lexicon).words();
        generator = MoveGenerator.of(lexicon);
        Random random = new Random(20261130L);
        long plays = 0;
        while (boards.size() < POSITIONS) {
            GameState state = GameState.start(random.nextLong(), 2, lexicon);
            int turns = 6 + random.nextInt(16);
            for (int turn = 0; turn < turns && !state.finished(); turn++) {
                List<Play> found = generator.plays(state.board(), state.rack(state.toMove()));
                Move move = found.isEmpty() ? new Move.Pass() : found.get(random.nextInt(found.size())).move();
                state = ((Ruling.Accepted) state.apply(state.toMove(), move)).next();
            }
            if (state.finished()) {
                continue;
            }
            String rack = state.rack(state.toMove()).tiles();
            Rack withBlank = Rack.of(rack.contains("?") ? rack : "?" + rack.substring(1));
            boards.add(state.board());
            racks.add(withBlank);
            plays += generator.plays(state.board(), withBlank).size();
        }
        System.out.printf("%d positions, %d legal plays on average%n", POSITIONS, plays / POSITIONS);
        WordGraph graph = WordGraph.of(words);
        System.out.printf("letter tree of %d words: %d nodes, %d bytes%n", words.size(), graph.nodes(), graph.bytes());
    }

    /** Every legal play with its score, handed to the caller one by one (nothing kept). */
    @Benchmark
    public void generateAll(Blackhole hole) {
        int i = next++ & (POSITIONS - 1);
        generator.generate(boards.get(i), racks.get(i), found -> hole.consume(found.score()));
    }

    /** The same, each kept as a {@link Play} in a list. */
    @Benchmark
    public List<Play> listAll() {
        int i = next++ & (POSITIONS - 1);
        return generator.plays(boards.get(i), racks.get(i));
    }

    /** Building the letter tree of the default lexicon (269,870 words) from its word list. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 10)
    @Fork(3)
    public WordGraph buildTree() {
        return WordGraph.of(words);
    }
}
