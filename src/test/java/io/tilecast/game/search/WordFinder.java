package io.tilecast.game.search;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Direction;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.Square;
import io.tilecast.game.rules.TileSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a legal play for a rack on a board, as a simple player would: up to three tiles from the
 * rack at every square, across and down, the first play the rules accept (a blank is tried as an
 * E). Not a strong player: test and benchmark clients use it to play real words.
 */
public final class WordFinder {

    private static final int MOST_TILES = 3;
    private static final int SIZE = Square.SIZE;
    private static final Direction[] DIRECTIONS = Direction.values();

    private WordFinder() {
    }

    /**
     * The first legal play, trying every arrangement of tiles at every square, across then down.
     * Only placements that join the game ({@link Referee#joins}) and whose own line spells a word
     * are put to the referee, whose answer for the others would be a refusal: the same play is
     * found, without building and judging the tens of thousands that cannot be one.
     */
    public static Optional<List<Placement>> play(List<String> rows, String rack, Lexicon lexicon) {
        Board board = Board.of(rows);
        char[] cells = board.cells();
        boolean opening = board.isEmpty();
        int[] squares = new int[MOST_TILES];
        StringBuilder line = new StringBuilder(SIZE);
        for (int length = Math.min(MOST_TILES, rack.length()); length >= 1; length--) {
            for (List<Character> tiles : arrangements(rack, length)) {
                for (int row = 0; row < SIZE; row++) {
                    for (int col = 0; col < SIZE; col++) {
                        for (Direction direction : DIRECTIONS) {
                            if (lay(cells, length, row, col, direction, squares)
                                    && joins(board, opening, squares, length)
                                    && spellsAWord(cells, tiles, squares, direction, lexicon, line)) {
                                List<Placement> play = placements(tiles, squares);
                                if (Referee.judge(board, play, lexicon) instanceof Judgement.Legal) {
                                    return Optional.of(play);
                                }
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code count} empty squares from (row, col) on, skipping squares already covered, into
     * {@code squares} as {@code row * 15 + col}; false when the board ends first.
     */
    private static boolean lay(char[] cells, int count, int row, int col, Direction direction, int[] squares) {
        int r = row;
        int c = col;
        for (int i = 0; i < count; i++) {
            while (r < SIZE && c < SIZE && cells[r * SIZE + c] != Board.EMPTY) {
                r += direction.rowStep();
                c += direction.colStep();
            }
            if (r >= SIZE || c >= SIZE) {
                return false;
            }
            squares[i] = r * SIZE + c;
            r += direction.rowStep();
            c += direction.colStep();
        }
        return true;
    }

    private static boolean joins(Board board, boolean opening, int[] squares, int count) {
        for (int i = 0; i < count; i++) {
            if (Referee.joins(board, opening, squares[i] / SIZE, squares[i] % SIZE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word along the tiles' own line, with the board's tiles around them, is in the
     * lexicon. A single tile has no line of its own (the referee picks it), so it always may.
     */
    private static boolean spellsAWord(char[] cells, List<Character> tiles, int[] squares, Direction direction,
                                       Lexicon lexicon, StringBuilder line) {
        if (tiles.size() < 2) {
            return true;
        }
        Square start = Referee.wordStart(cells, squares[0] / SIZE, squares[0] % SIZE, direction);
        line.setLength(0);
        int next = 0;
        int r = start.row();
        int c = start.col();
        while (r < SIZE && c < SIZE) {
            if (next < tiles.size() && squares[next] == r * SIZE + c) {
                char tile = tiles.get(next++);
                line.append(tile == TileSet.BLANK ? 'E' : tile);
            } else if (cells[r * SIZE + c] != Board.EMPTY) {
                line.append(Character.toUpperCase(cells[r * SIZE + c]));
            } else {
                break;
            }
            r += direction.rowStep();
            c += direction.colStep();
        }
        return lexicon.contains(line);
    }

    private static List<Placement> placements(List<Character> tiles, int[] squares) {
        List<Placement> placements = new ArrayList<>(tiles.size());
        for (int i = 0; i < tiles.size(); i++) {
            int row = squares[i] / SIZE;
            int col = squares[i] % SIZE;
            char tile = tiles.get(i);
            placements.add(tile == TileSet.BLANK ? Placement.blank(row, col, 'E') : Placement.tile(row, col, tile));
        }
        return placements;
    }

    private static List<List<Character>> arrangements(String rack, int length) {
        List<List<Character>> all = new ArrayList<>();
        arrange(rack, length, new ArrayList<>(), new boolean[rack.length()], all);
        return all;
    }

    private static void arrange(String rack, int length, List<Character> chosen, boolean[] used,
                                List<List<Character>> all) {
        if (chosen.size() == length) {
            all.add(List.copyOf(chosen));
            return;
        }
        for (int i = 0; i < rack.length(); i++) {
            if (!used[i]) {
                used[i] = true;
                chosen.add(rack.charAt(i));
                arrange(rack, length, chosen, used, all);
                chosen.removeLast();
                used[i] = false;
            }
        }
    }
}
