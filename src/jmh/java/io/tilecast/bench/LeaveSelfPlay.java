package io.tilecast.bench;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Ruling;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import io.tilecast.game.search.Expert;
import io.tilecast.game.search.LeaveKeys;
import io.tilecast.game.search.LeaveTable;
import io.tilecast.game.search.LeaveValue;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Position;
import io.tilecast.game.search.Strategy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Learns the leave table by self-play: the move generator plays itself (the expert level on the rough rule of thumb),
 * and each leave's value is how many more points its keeper scores on the next turn than after keeping nothing,
 * smoothed towards the sum of its sub-leaves' values when rarely seen (docs/rules.md, "Leaves").
 *
 * <p>Arguments: minutes to play (22), the table to write (src/main/resources/leaves/leaves.bin.gz), the seed (26).
 */
public final class LeaveSelfPlay {

    private static final double PRIOR_WEIGHT = 30;
    private static final int OFTEN = 100;

    /** Next-turn points after each leave, for the even games (0) and the odd ones (1). */
    private final Map<Integer, double[]> seen = new HashMap<>();
    private final double[] empty = new double[4];

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 22;
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/leaves/leaves.bin.gz");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 26;
        new LeaveSelfPlay().run(minutes, out, seed);
    }

    private void run(double minutes, Path out, long seed) throws Exception {
        Lexicon lexicon = Lexicon.english();
        MoveGenerator moves = MoveGenerator.of(lexicon);
        Strategy player = new Expert(LeaveValue.rough());
        SplittableRandom random = new SplittableRandom(seed);
        long started = System.nanoTime();
        long deadline = started + (long) (minutes * 60e9);
        int games = 0;
        long observations = 0;
        while (System.nanoTime() < deadline) {
            observations += play(GameState.start(random.nextLong(), 2, lexicon), player, moves, random, games % 2);
            games++;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double[] both = values(-1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LeaveTable.write(both, bytes);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes.toByteArray());
        long loadStart = System.nanoTime();
        LeaveTable table = LeaveTable.read(new ByteArrayInputStream(bytes.toByteArray()));
        double loadMs = (System.nanoTime() - loadStart) / 1e6;

        System.out.printf("%d games in %.0f s (%.1f ms a game), %d leaves observed after %d plays, JDK %s%n",
                games, seconds, 1000 * seconds / games, seen.size(), observations, Runtime.version());
        System.out.printf("next-turn points after keeping nothing: %.2f (%d turns)%n", empty[1] / empty[0],
                (long) empty[0]);
        System.out.printf("table: %d leaves, %d bytes, read in %.0f ms%n", table.size(), bytes.size(), loadMs);
        convergence();
        for (String leave : new String[] {"?", "S", "?S", "E", "Q", "QU", "V", "VV", "IIU", "ERS", "AEINST", "?ERS"}) {
            System.out.printf("  %-7s %7.2f%n", leave, table.of(leave));
        }
    }

    private long play(GameState start, Strategy player, MoveGenerator moves, SplittableRandom random, int half) {
        GameState state = start;
        int[] pendingKey = {Integer.MIN_VALUE, Integer.MIN_VALUE};
        long observed = 0;
        for (int turn = 0; turn < 200 && !state.finished(); turn++) {
            int seat = state.toMove();
            Position position = new Position(state.board(), state.rack(seat), state.scores(), seat, state.bagSize());
            Move move = player.choose(position, moves, random);
            if (!(state.apply(seat, move) instanceof Ruling.Accepted accepted)) {
                throw new IllegalStateException("refused " + move + " on\n" + state);
            }
            Turn made = accepted.turn();
            if (pendingKey[seat] != Integer.MIN_VALUE) {
                record(pendingKey[seat], made.score(), half);
                observed++;
            }
            pendingKey[seat] = Integer.MIN_VALUE;
            state = accepted.next();
            boolean keeps = made.kind() == TurnKind.PLACE || made.kind() == TurnKind.EXCHANGE;
            if (keeps && !state.finished() && state.bagSize() > 0) {
                Rack leave = state.rack(seat).remove(made.drawn()).orElseThrow();
                pendingKey[seat] = leave.isEmpty() ? 0 : LeaveKeys.of(leave.tiles());
            }
        }
        return observed;
    }

    private void record(int key, int points, int half) {
        double[] sums = key == 0 ? empty : seen.computeIfAbsent(key, k -> new double[4]);
        sums[2 * half] += 1;
        sums[2 * half + 1] += points;
    }

    /** Smoothed values of every leave in {@link LeaveKeys}' order, from one half of the games (0, 1) or both (-1). */
    private double[] values(int half) {
        double base = (count(empty, half) == 0) ? 0 : sum(empty, half) / count(empty, half);
        Map<Integer, Double> smoothed = new HashMap<>(1 << 21);
        int[] n = {0};
        LeaveKeys.forEach(key -> n[0]++);
        double[] inOrder = new double[n[0]];
        int[] i = {0};
        LeaveKeys.forEach(key -> {
            String tiles = LeaveKeys.tiles(key);
            double prior = prior(tiles, smoothed);
            double[] sums = seen.get(key);
            double count = sums == null ? 0 : count(sums, half);
            double mean = count == 0 ? 0 : sum(sums, half) / count - base;
            double value = (count * mean + PRIOR_WEIGHT * prior) / (count + PRIOR_WEIGHT);
            smoothed.put(key, value);
            inOrder[i[0]++] = value;
        });
        return inOrder;
    }

    /** The mean, over each distinct tile, of the value without it plus that tile's own value; 0 for one tile. */
    private static double prior(String tiles, Map<Integer, Double> smoothed) {
        if (tiles.length() == 1) {
            return 0;
        }
        double total = 0;
        int parts = 0;
        for (int at = 0; at < tiles.length(); at++) {
            if (at > 0 && tiles.charAt(at) == tiles.charAt(at - 1)) {
                continue;
            }
            String rest = tiles.substring(0, at) + tiles.substring(at + 1);
            total += smoothed.get(LeaveKeys.of(rest)) + smoothed.get(LeaveKeys.of(tiles.substring(at, at + 1)));
            parts++;
        }
        return total / parts;
    }

    private static double count(double[] sums, int half) {
        return half < 0 ? sums[0] + sums[2] : sums[2 * half];
    }

    private static double sum(double[] sums, int half) {
        return half < 0 ? sums[1] + sums[3] : sums[2 * half + 1];
    }

    /** How well the two halves of the games agree: raw means of leaves seen often in both, and the smoothed tables. */
    private void convergence() {
        double base0 = sum(empty, 0) / count(empty, 0);
        double base1 = sum(empty, 1) / count(empty, 1);
        Correlation raw = new Correlation();
        seen.forEach((key, sums) -> {
            if (sums[0] >= OFTEN && sums[2] >= OFTEN) {
                raw.add(sums[1] / sums[0] - base0, sums[3] / sums[2] - base1);
            }
        });
        double[] first = values(0);
        double[] second = values(1);
        Correlation all = new Correlation();
        Correlation observedTables = new Correlation();
        int[] i = {0};
        LeaveKeys.forEach(key -> {
            double[] sums = seen.get(key);
            all.add(first[i[0]], second[i[0]]);
            if (sums != null && sums[0] >= 10 && sums[2] >= 10) {
                observedTables.add(first[i[0]], second[i[0]]);
            }
            i[0]++;
        });
        System.out.printf("halves agree: raw means of %d leaves seen %d+ times in each r=%.3f (mean |diff| %.2f);"
                        + " smoothed, leaves seen 10+ times in each (%d) r=%.3f; every leave (%d) r=%.3f%n",
                raw.n, OFTEN, raw.r(), raw.meanAbsDiff(), observedTables.n, observedTables.r(), all.n, all.r());
    }

    private static final class Correlation {
        long n;
        double sx, sy, sxx, syy, sxy, absDiff;

        void add(double x, double y) {
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
            absDiff += Math.abs(x - y);
        }

        double r() {
            double cov = sxy / n - sx / n * sy / n;
            return cov / Math.sqrt((sxx / n - sx / n * sx / n) * (syy / n - sy / n * sy / n));
        }

        double meanAbsDiff() {
            return absDiff / n;
        }
    }
}
