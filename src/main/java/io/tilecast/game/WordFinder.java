package io.tilecast.game;

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
    private static final boolean[] ACROSS_THEN_DOWN = {true, false};

    private WordFinder() {
    }

    /**
     * The first legal play, trying every arrangement of tiles at every square. Only placements
     * that could connect (the centre on an empty board, else next to a tile) and whose own line
     * spells a word are put to the referee, whose answer for the others would be a refusal: the
     * same play is found, without building and judging the tens of thousands that cannot be one.
     */
    public static Optional<List<Placement>> play(List<String> rows, String rack, Lexicon lexicon) {
        Board board = Board.of(rows);
        boolean opening = board.isEmpty();
        int[] squares = new int[MOST_TILES];
        StringBuilder line = new StringBuilder(SIZE);
        for (int length = Math.min(MOST_TILES, rack.length()); length >= 1; length--) {
            for (List<Character> tiles : arrangements(rack, length)) {
                for (int row = 0; row < SIZE; row++) {
                    for (int col = 0; col < SIZE; col++) {
                        for (boolean across : ACROSS_THEN_DOWN) {
                            if (lay(board, length, row, col, across, squares)
                                    && mayConnect(board, opening, squares, length)
                                    && spellsAWord(board, tiles, squares, across, lexicon, line)) {
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
    private static boolean lay(Board board, int count, int row, int col, boolean across, int[] squares) {
        int r = row;
        int c = col;
        for (int i = 0; i < count; i++) {
            while (r < SIZE && c < SIZE && !board.isEmpty(r, c)) {
                r += across ? 0 : 1;
                c += across ? 1 : 0;
            }
            if (r >= SIZE || c >= SIZE) {
                return false;
            }
            squares[i] = r * SIZE + c;
            r += across ? 0 : 1;
            c += across ? 1 : 0;
        }
        return true;
    }

    /** Whether tiles on these squares could be joined to the game: on the centre first, next to a tile after. */
    private static boolean mayConnect(Board board, boolean opening, int[] squares, int count) {
        for (int i = 0; i < count; i++) {
            int row = squares[i] / SIZE;
            int col = squares[i] % SIZE;
            boolean joins = opening
                    ? row == Square.CENTRE.row() && col == Square.CENTRE.col()
                    : board.touchesTile(row, col);
            if (joins) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word along the tiles' own line, with the board's tiles around them, is in the
     * lexicon. A single tile has no line of its own (the referee picks it), so it always may.
     */
    private static boolean spellsAWord(Board board, List<Character> tiles, int[] squares, boolean across,
                                       Lexicon lexicon, StringBuilder line) {
        if (tiles.size() < 2) {
            return true;
        }
        int rowStep = across ? 0 : 1;
        int colStep = across ? 1 : 0;
        int r = squares[0] / SIZE;
        int c = squares[0] % SIZE;
        while (r - rowStep >= 0 && c - colStep >= 0 && !board.isEmpty(r - rowStep, c - colStep)) {
            r -= rowStep;
            c -= colStep;
        }
        line.setLength(0);
        int next = 0;
        while (r < SIZE && c < SIZE) {
            if (next < tiles.size() && squares[next] == r * SIZE + c) {
                char tile = tiles.get(next++);
                line.append(tile == '?' ? 'E' : tile);
            } else if (!board.isEmpty(r, c)) {
                line.append(Character.toUpperCase(board.at(r, c)));
            } else {
                break;
            }
            r += rowStep;
            c += colStep;
        }
        return lexicon.contains(line);
    }

    private static List<Placement> placements(List<Character> tiles, int[] squares) {
        List<Placement> placements = new ArrayList<>(tiles.size());
        for (int i = 0; i < tiles.size(); i++) {
            int row = squares[i] / SIZE;
            int col = squares[i] % SIZE;
            char tile = tiles.get(i);
            placements.add(tile == '?' ? Placement.blank(row, col, 'E') : Placement.tile(row, col, tile));
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
