package io.tilecast.game.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The 15×15 grid of tiles: '.' for an empty square, an uppercase letter for a tile, a lowercase letter for a blank
 * played as that letter.
 */
public final class Board {

    public static final char EMPTY = '.';
    private static final int SIZE = Square.SIZE;
    private static final Board EMPTY_BOARD = new Board(emptyCells());

    private static final Premium[] PREMIUMS = premiums(
            "=..'...=...'..=",
            ".-...\"...\"...-.",
            "..-...'.'...-..",
            "'..-...'...-..'",
            "....-.....-....",
            ".\"...\"...\"...\".",
            "..'...'.'...'..",
            "=..'...*...'..=",
            "..'...'.'...'..",
            ".\"...\"...\"...\".",
            "....-.....-....",
            "'..-...'...-..'",
            "..-...'.'...-..",
            ".-...\"...\"...-.",
            "=..'...=...'..=");

    private final char[] cells;
    private List<String> rows;
    private List<String> before;

    private Board(char[] cells) {
        this.cells = cells;
    }

    public static Board empty() {
        return EMPTY_BOARD;
    }

    /** A position written as 15 strings of 15 characters, as {@link #rows()} gives them. */
    public static Board of(String... rows) {
        return of(List.of(rows));
    }

    public static Board of(List<String> rows) {
        if (rows.size() != SIZE) {
            throw new IllegalArgumentException("a board has 15 rows, not " + rows.size());
        }
        char[] cells = emptyCells();
        for (int row = 0; row < SIZE; row++) {
            String line = rows.get(row);
            if (line.length() != SIZE) {
                throw new IllegalArgumentException("row " + row + " is not 15 squares: " + line);
            }
            for (int col = 0; col < SIZE; col++) {
                char c = line.charAt(col);
                if (c != EMPTY && !Character.isLetter(c)) {
                    throw new IllegalArgumentException("row " + row + " has '" + c + "'");
                }
                cells[row * SIZE + col] = c;
            }
        }
        return new Board(cells);
    }

    public static Premium premium(int row, int col) {
        return PREMIUMS[row * SIZE + col];
    }

    /** The board character at a square: '.', an uppercase tile, or a lowercase blank. */
    public char at(int row, int col) {
        return cells[row * SIZE + col];
    }

    public boolean isEmpty(int row, int col) {
        return cells[row * SIZE + col] == EMPTY;
    }

    /** True when no tile has been played yet. */
    public boolean isEmpty() {
        return this.equals(EMPTY_BOARD);
    }

    public int tileCount() {
        int count = 0;
        for (char c : cells) {
            if (c != EMPTY) {
                count++;
            }
        }
        return count;
    }

    /** Whether a square holds a tile; false off the board, so callers can look past an edge. */
    public boolean occupied(int row, int col) {
        return Square.onBoard(row, col) && cells[row * SIZE + col] != EMPTY;
    }

    boolean touchesTile(int row, int col) {
        return occupied(row - 1, col) || occupied(row + 1, col) || occupied(row, col - 1) || occupied(row, col + 1);
    }

    /** The position after these (already validated) tiles are put down. */
    public Board with(List<Placement> tiles) {
        char[] next = cells.clone();
        for (Placement p : tiles) {
            next[p.row() * SIZE + p.col()] = p.boardChar();
        }
        Board after = new Board(next);
        after.before = rows;
        return after;
    }

    /** A copy of the squares, row-major, for code that lays tiles down before judging them. */
    public char[] cells() {
        return cells.clone();
    }

    /** The 15 rows, made once; a row no tile changed is the same string as in the board this one was made from. */
    public List<String> rows() {
        List<String> made = rows;
        if (made == null) {
            made = rowsAfter(before);
            rows = made; // a race makes equal lists, either of which may be kept
            before = null;
        }
        return made;
    }

    private List<String> rowsAfter(List<String> previous) {
        String[] made = new String[SIZE];
        for (int row = 0; row < SIZE; row++) {
            String kept = previous == null ? null : previous.get(row);
            made[row] = kept != null && holds(row, kept) ? kept : new String(cells, row * SIZE, SIZE);
        }
        return List.of(made);
    }

    private boolean holds(int row, String line) {
        for (int col = 0; col < SIZE; col++) {
            if (line.charAt(col) != cells[row * SIZE + col]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Board other && Arrays.equals(cells, other.cells);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return String.join("\n", rows());
    }

    private static char[] emptyCells() {
        char[] cells = new char[SIZE * SIZE];
        Arrays.fill(cells, EMPTY);
        return cells;
    }

    private static Premium[] premiums(String... rows) {
        Premium[] premiums = new Premium[SIZE * SIZE];
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                premiums[row * SIZE + col] = switch (rows[row].charAt(col)) {
                    case '=' -> Premium.TRIPLE_WORD;
                    case '-', '*' -> Premium.DOUBLE_WORD;
                    case '"' -> Premium.TRIPLE_LETTER;
                    case '\'' -> Premium.DOUBLE_LETTER;
                    default -> Premium.NONE;
                };
            }
        }
        return premiums;
    }
}
