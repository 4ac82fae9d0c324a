package io.tilecast.game.search;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Direction;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.Square;
import io.tilecast.game.rules.TileSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Every legal play found the slow way, to check the move generator against: for every stretch of
 * every line that could be a play's main word (bounded by empty squares or the edge, with 1 to 7
 * empty squares), every word of the list that fits the tiles already there, every way the rack can
 * fill the empty squares (a blank for any letter), put to the referee. A play of one tile whose
 * own line makes no word is found as the main word of the other direction.
 */
final class BruteForcePlays {

    private static final int SIZE = Square.SIZE;
    private final List<List<String>> wordsByLength = new ArrayList<>();
    private final Lexicon lexicon;

    BruteForcePlays(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (int i = 0; i <= SIZE; i++) {
            wordsByLength.add(new ArrayList<>());
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                BruteForcePlays.class.getResourceAsStream("/lexicon/english.txt.gz")), StandardCharsets.US_ASCII))) {
            for (String word = in.readLine(); word != null; word = in.readLine()) {
                wordsByLength.get(word.length()).add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plays, each as its tiles in board order. */
    Set<List<Placement>> plays(Board board, Rack rack) {
        Set<List<Placement>> plays = new HashSet<>();
        for (Direction direction : Direction.values()) {
            for (int line = 0; line < SIZE; line++) {
                for (int start = 0; start < SIZE; start++) {
                    for (int end = start + 1; end < SIZE; end++) {
                        stretch(board, rack, direction, line, start, end, plays);
                    }
                }
            }
        }
        return plays;
    }

    private void stretch(Board board, Rack rack, Direction direction, int line, int start, int end,
                         Set<List<Placement>> plays) {
        if (tile(board, direction, line, start - 1) != Board.EMPTY || tile(board, direction, line, end + 1) != Board.EMPTY) {
            return;
        }
        List<Integer> empty = new ArrayList<>();
        for (int at = start; at <= end; at++) {
            if (tile(board, direction, line, at) == Board.EMPTY) {
                empty.add(at);
            }
        }
        if (empty.isEmpty() || empty.size() > rack.size() || !joins(board, direction, line, empty)) {
            return;
        }
        int[] supply = supply(board, rack, direction, line, start, end);
        for (String word : wordsByLength.get(end - start + 1)) {
            if (canSpell(word, supply) && fits(board, direction, line, start, word)) {
                fill(board, rack.tiles(), direction, line, word, start, empty, 0, new ArrayList<>(), plays);
            }
        }
    }

    /** Whether a tile on one of these squares would join the game: the rule, asked of the referee. */
    private static boolean joins(Board board, Direction direction, int line, List<Integer> empty) {
        boolean opening = board.isEmpty();
        for (int at : empty) {
            int row = direction == Direction.ACROSS ? line : at;
            int col = direction == Direction.ACROSS ? at : line;
            if (Referee.joins(board, opening, row, col)) {
                return true;
            }
        }
        return false;
    }

    /** How many of each letter the rack and the stretch's tiles hold; index 26 counts the blanks. */
    private static int[] supply(Board board, Rack rack, Direction direction, int line, int start, int end) {
        int[] supply = new int[27];
        for (char tile : rack.tiles().toCharArray()) {
            supply[tile == TileSet.BLANK ? 26 : tile - 'A']++;
        }
        for (int at = start; at <= end; at++) {
            char there = tile(board, direction, line, at);
            if (there != Board.EMPTY) {
                supply[Character.toUpperCase(there) - 'A']++;
            }
        }
        return supply;
    }

    private static boolean canSpell(String word, int[] supply) {
        int[] left = supply.clone();
        int blanks = left[26];
        for (int i = 0; i < word.length(); i++) {
            if (--left[word.charAt(i) - 'A'] < 0 && --blanks < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean fits(Board board, Direction direction, int line, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            char there = tile(board, direction, line, start + i);
            if (there != Board.EMPTY && Character.toUpperCase(there) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Every way of covering the empty squares with the rack's tiles, each put to the referee. */
    private void fill(Board board, String rack, Direction direction, int line, String word, int start,
                      List<Integer> empty, int next, List<Placement> laid, Set<List<Placement>> plays) {
        if (next == empty.size()) {
            List<Placement> tiles = laid.stream()
                    .sorted(Comparator.comparingInt(Placement::row).thenComparingInt(Placement::col)).toList();
            if (Referee.judge(board, tiles, lexicon) instanceof Judgement.Legal) {
                plays.add(tiles);
            }
            return;
        }
        int at = empty.get(next);
        char letter = word.charAt(at - start);
        int row = direction == Direction.ACROSS ? line : at;
        int col = direction == Direction.ACROSS ? at : line;
        for (boolean blank : new boolean[] {false, true}) {
            int held = rack.indexOf(blank ? TileSet.BLANK : letter);
            if (held >= 0) {
                laid.add(new Placement(row, col, letter, blank));
                fill(board, rack.substring(0, held) + rack.substring(held + 1), direction, line, word, start, empty,
                        next + 1, laid, plays);
                laid.removeLast();
            }
        }
    }

    private static char tile(Board board, Direction direction, int line, int at) {
        if (at < 0 || at >= SIZE) {
            return Board.EMPTY;
        }
        return direction == Direction.ACROSS ? board.at(line, at) : board.at(at, line);
    }
}
