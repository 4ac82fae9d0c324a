package io.tilecast.game.gcg;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.Direction;
import io.tilecast.game.rules.EndReason;
import io.tilecast.game.rules.GameResult;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.RackAdjustment;
import io.tilecast.game.rules.Square;
import io.tilecast.game.rules.TileSet;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import java.util.List;

/** Writes a game in GCG, the plain-text record format of crossword-game software. */
public final class GcgWriter {

    private GcgWriter() {
    }

    public static String write(GameState game, List<String> names) {
        return write(game, names, true);
    }

    public static String writePublic(GameState game, List<String> names) {
        return write(game, names, false);
    }

    private static String write(GameState game, List<String> names, boolean full) {
        if (names.size() != game.seats()) {
            throw new IllegalArgumentException(game.seats() + " seats but " + names.size() + " names");
        }
        List<String> nicks = names.stream().map(GcgWriter::nickname).toList();
        StringBuilder out = new StringBuilder("#character-encoding UTF-8\n");
        for (int seat = 0; seat < nicks.size(); seat++) {
            out.append("#player").append(seat + 1).append(' ').append(nicks.get(seat)).append(' ')
                    .append(names.get(seat).strip()).append('\n');
        }
        out.append("#lexicon ").append(game.lexicon().name()).append('\n');
        Board board = Board.empty();
        Board beforeLastPlay = board;
        int[] totals = new int[game.seats()];
        for (Turn turn : game.turns()) {
            totals[turn.seat()] = turn.totalAfter();
            if (turn.kind() == TurnKind.CHALLENGE) {
                board = turn.withdrew() ? beforeLastPlay : board;
                challenge(out, game, turn, nicks, full, totals);
                turn.result().ifPresent(result -> ending(out, result, nicks, turn));
                continue;
            }
            String rack = full ? turn.rackBefore() : "";
            out.append('>').append(nicks.get(turn.seat())).append(": ").append(rack).append(' ');
            switch (turn.kind()) {
                case PLACE -> {
                    Board after = board.with(turn.placements());
                    out.append(mainWord(board, after, turn.placements()));
                    beforeLastPlay = board;
                    board = after;
                }
                case EXCHANGE -> out.append('-').append(full ? turn.exchanged() : turn.exchangedCount());
                case PASS -> out.append('-');
                case RESIGN -> out.append("(resign)");
                case TIMEOUT -> out.append("(timeout)");
                case CHALLENGE -> throw new IllegalStateException("written above");
                case ABORT -> out.append("(abort)");
                case ABANDONED -> out.append("(abandoned)");
            }
            out.append(" +").append(turn.score()).append(' ').append(turn.totalAfter()).append('\n');
            turn.result().ifPresent(result -> ending(out, result, nicks, turn));
        }
        return out.toString();
    }

    private static void challenge(StringBuilder out, GameState game, Turn turn, List<String> nicks, boolean full,
                                  int[] totals) {
        if (turn.withdrew()) {
            out.append('>').append(nicks.get(turn.seat())).append(": ").append(full ? turn.rackBefore() : "")
                    .append(" -- ").append(turn.score()).append(' ').append(turn.totalAfter()).append('\n');
        } else if (turn.score() > 0) {
            out.append('>').append(nicks.get(turn.seat())).append(":  (challenge) +").append(turn.score()).append(' ')
                    .append(turn.totalAfter()).append('\n');
        } else if (game.challenge().rule() == ChallengeRule.DOUBLE) {
            out.append('>').append(nicks.get(turn.by())).append(":  - +0 ").append(totals[turn.by()]).append('\n');
        }
    }

    private static void ending(StringBuilder out, GameResult result, List<String> nicks, Turn last) {
        int[] running = new int[nicks.size()];
        for (int seat = 0; seat < running.length; seat++) {
            running[seat] = result.finalScores().get(seat) - result.adjustment(seat);
        }
        if (result.reason() == EndReason.OUT) {
            int goer = result.adjustments().stream().filter(a -> !a.penalty() && a.rack().isEmpty())
                    .mapToInt(RackAdjustment::seat).findFirst().orElse(last.seat()); // the final pass is the next's
            boolean twoPlayers = result.adjustments().stream().filter(a -> !a.penalty()).count() == 2;
            for (RackAdjustment other : result.adjustments()) {
                if (other.seat() == goer || other.penalty()) {
                    continue;
                }
                int gain = twoPlayers ? 2 * TileSet.points(other.rack()) : TileSet.points(other.rack());
                running[goer] += gain;
                out.append('>').append(nicks.get(goer)).append(":  (").append(other.rack()).append(") +")
                        .append(gain).append(' ').append(running[goer]).append('\n');
            }
        }
        for (RackAdjustment a : result.adjustments()) {
            if (a.penalty()) {
                running[a.seat()] += a.points();
                out.append('>').append(nicks.get(a.seat())).append(":  (time) ").append(a.points()).append(' ')
                        .append(running[a.seat()]).append('\n');
            } else if (a.points() < 0) {
                running[a.seat()] += a.points();
                out.append('>').append(nicks.get(a.seat())).append(": ").append(a.rack()).append(" (")
                        .append(a.rack()).append(") ").append(a.points()).append(' ').append(running[a.seat()])
                        .append('\n');
            }
        }
    }

    /** Where a play's main word starts, as GCG writes it: "8D" across, "D8" down. */
    public static String position(Board before, List<Placement> tiles) {
        String main = mainWord(before, before.with(tiles), tiles);
        return main.substring(0, main.indexOf(' '));
    }

    static String mainWord(Board before, Board after, List<Placement> tiles) {
        Placement first = tiles.getFirst();
        Direction direction;
        if (tiles.size() > 1) {
            direction = tiles.get(1).row() == first.row() ? Direction.ACROSS : Direction.DOWN;
        } else {
            boolean across = after.occupied(first.row(), first.col() - 1) || after.occupied(first.row(), first.col() + 1);
            direction = across ? Direction.ACROSS : Direction.DOWN;
        }
        int row = first.row();
        int col = first.col();
        while (after.occupied(row - direction.rowStep(), col - direction.colStep())) {
            row -= direction.rowStep();
            col -= direction.colStep();
        }
        String position = new Square(row, col).gcg(direction);
        StringBuilder word = new StringBuilder();
        for (; after.occupied(row, col); row += direction.rowStep(), col += direction.colStep()) {
            word.append(before.isEmpty(row, col) ? after.at(row, col) : '.');
        }
        return position + ' ' + word;
    }

    static String nickname(String name) {
        String nick = name.strip().replaceAll("[\\s:]+", "_");
        return nick.isEmpty() ? "_" : nick;
    }
}
