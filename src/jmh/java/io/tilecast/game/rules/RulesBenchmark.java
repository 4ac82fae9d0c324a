package io.tilecast.game.rules;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.search.Position;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Throughput of judging a play (placement rules, words, lexicon look-ups, score) on mid-game boards,
 * of applying it to a game (adds the rack, the draw and the next state), and the time to load the lexicon.
 */
@State(Scope.Thread)
@Fork(3)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RulesBenchmark {

    private static final int POSITIONS = 64;

    private final List<Board> boards = new ArrayList<>();
    private final List<List<Placement>> plays = new ArrayList<>();
    private final List<GameState> games = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    private Lexicon lexicon;
    private int next;

    @Setup
    public void setUp() {
        lexicon = Lexicon.english();
        MidGames midGames = new MidGames(20240601L);
        for (int i = 0; i < POSITIONS; i++) {
            MidGames.Position position = midGames.next(8 + i % 16);
            boards.add(position.board());
            plays.add(position.play());
            StringBuilder rack = new StringBuilder();
            position.play().forEach(p -> rack.append(p.letter()));
            while (rack.length() < TileSet.RACK_SIZE) {
                rack.append('E');
            }
            games.add(new GameState(lexicon, position.board(), List.of(Rack.of(rack.toString()), Rack.of("AEINRST")),
                    new Bag("ABCDEFGHIJKLMNOP", 1), List.of(0, 0), 0, 0, List.of(false, false), List.of(), null,
                    GameClock.NONE));
            moves.add(new Move.Place(position.play()));
        }
    }

    @Benchmark
    public Judgement judgePlay() {
        int i = next++ & (POSITIONS - 1);
        return Referee.judge(boards.get(i), plays.get(i), lexicon);
    }

    @Benchmark
    public Ruling applyPlay() {
        int i = next++ & (POSITIONS - 1);
        return games.get(i).apply(0, moves.get(i));
    }

    /** Cold and warm loads: no warm-up, each fork's first iteration is the first load in a fresh JVM. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 10)
    @Fork(3)
    public Lexicon loadLexicon() throws IOException {
        try (InputStream in = RulesBenchmark.class.getResourceAsStream("/lexicon/english.txt.gz")) {
            return Lexicon.load("english", in);
        }
    }
}
