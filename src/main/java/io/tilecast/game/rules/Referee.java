package io.tilecast.game.rules;

import io.tilecast.game.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Judges where tiles may go and scores the words they make. */
public final class Referee {

    public static final int BINGO_BONUS = 50;
    private static final int SIZE = Square.SIZE;

    private Referee() {
    }

    /**
     * Checks the shape of a placement, in this order: malformed ({@code bad-move}), {@code off-board}, {@code
     * occupied}, {@code not-in-line}, {@code gap}, then for the first play {@code first-move-center} and {@code
     * too-few-tiles}, for later plays {@code not-connected}.
     */
    public static Optional<Rejection> checkPlacement(Board board, List<Placement> tiles) {
        return Optional.ofNullable(placementProblem(board, tiles)).map(Rejection::of);
    }

    /** Checks the placement and then the words it forms, and scores it. */
    public static Judgement judge(Board board, List<Placement> tiles, Lexicon lexicon) {
        RejectionCode problem = placementProblem(board, tiles);
        if (problem != null) {
            return new Judgement.Illegal(Rejection.of(problem));
        }
        return score(board, tiles, lexicon);
    }

    private static RejectionCode placementProblem(Board board, List<Placement> tiles) {
        if (tiles.isEmpty()) {
            return RejectionCode.BAD_MOVE;
        }
        for (int i = 0; i < tiles.size(); i++) {
            Placement p = tiles.get(i);
            if (!TileSet.isLetter(p.letter())) {
                return RejectionCode.BAD_MOVE;
            }
            for (int j = 0; j < i; j++) {
                if (tiles.get(j).row() == p.row() && tiles.get(j).col() == p.col()) {
                    return RejectionCode.BAD_MOVE;
                }
            }
        }
        for (Placement p : tiles) {
            if (!Square.onBoard(p.row(), p.col())) {
                return RejectionCode.OFF_BOARD;
            }
        }
        for (Placement p : tiles) {
            if (!board.isEmpty(p.row(), p.col())) {
                return RejectionCode.OCCUPIED;
            }
        }
        Placement first = tiles.getFirst();
        boolean sameRow = tiles.stream().allMatch(p -> p.row() == first.row());
        boolean sameCol = tiles.stream().allMatch(p -> p.col() == first.col());
        if (!sameRow && !sameCol) {
            return RejectionCode.NOT_IN_LINE;
        }
        if (hasGap(board, tiles, sameRow)) {
            return RejectionCode.GAP;
        }
        boolean opening = board.isEmpty();
        boolean joined = tiles.stream().anyMatch(p -> joins(board, opening, p.row(), p.col()));
        if (opening) {
            if (!joined) {
                return RejectionCode.FIRST_MOVE_CENTER;
            }
            return tiles.size() < 2 ? RejectionCode.TOO_FEW_TILES : null;
        }
        return joined ? null : RejectionCode.NOT_CONNECTED;
    }

    /**
     * Whether a tile put on this square joins the play to the game: on the centre for the first play ({@code opening},
     * an empty board), next to a tile already down after it.
     */
    public static boolean joins(Board board, boolean opening, int row, int col) {
        return opening
                ? row == Square.CENTRE.row() && col == Square.CENTRE.col()
                : board.touchesTile(row, col);
    }

    private static boolean hasGap(Board board, List<Placement> tiles, boolean across) {
        int line = across ? tiles.getFirst().row() : tiles.getFirst().col();
        int min = SIZE;
        int max = -1;
        boolean[] placed = new boolean[SIZE];
        for (Placement p : tiles) {
            int at = across ? p.col() : p.row();
            placed[at] = true;
            min = Math.min(min, at);
            max = Math.max(max, at);
        }
        for (int at = min; at <= max; at++) {
            boolean filled = placed[at] || (across ? !board.isEmpty(line, at) : !board.isEmpty(at, line));
            if (!filled) {
                return true;
            }
        }
        return false;
    }

    static Judgement score(Board board, List<Placement> tiles, Lexicon lexicon) {
        char[] cells = board.cells();
        boolean[] fresh = new boolean[SIZE * SIZE];
        for (Placement p : tiles) {
            cells[p.row() * SIZE + p.col()] = p.boardChar();
            fresh[p.row() * SIZE + p.col()] = true;
        }
        Placement first = tiles.getFirst();
        Direction direction = mainDirection(cells, tiles);
        List<Word> words = new ArrayList<>(tiles.size() + 1);
        List<String> invalid = new ArrayList<>(0);
        Square start = wordStart(cells, first.row(), first.col(), direction);
        int total = 0;
        WordScore main = wordAt(cells, fresh, start, direction);
        if (main != null) {
            total += collect(main, words, invalid, lexicon);
        }
        Direction cross = direction.cross();
        for (Placement p : tiles) {
            WordScore word = wordAt(cells, fresh, wordStart(cells, p.row(), p.col(), cross), cross);
            if (word != null) {
                total += collect(word, words, invalid, lexicon);
            }
        }
        if (!invalid.isEmpty()) {
            return new Judgement.Illegal(Rejection.invalidWords(invalid));
        }
        boolean bingo = tiles.size() == TileSet.RACK_SIZE;
        return new Judgement.Legal(words, bingo ? total + BINGO_BONUS : total, bingo);
    }

    private static int collect(WordScore word, List<Word> words, List<String> invalid, Lexicon lexicon) {
        if (!lexicon.contains(word.letters()) && !invalid.contains(word.letters())) {
            invalid.add(word.letters());
        }
        words.add(new Word(word.letters(), word.score()));
        return word.score();
    }

    private static Direction mainDirection(char[] cells, List<Placement> tiles) {
        if (tiles.size() > 1) {
            return tiles.get(0).row() == tiles.get(1).row() ? Direction.ACROSS : Direction.DOWN;
        }
        Placement only = tiles.getFirst();
        boolean left = only.col() > 0 && cells[only.row() * SIZE + only.col() - 1] != Board.EMPTY;
        boolean right = only.col() < SIZE - 1 && cells[only.row() * SIZE + only.col() + 1] != Board.EMPTY;
        return left || right ? Direction.ACROSS : Direction.DOWN;
    }

    /** The first square of the word through (row, col) along {@code direction}: back over every tile before it. */
    public static Square wordStart(char[] cells, int row, int col, Direction direction) {
        int r = row;
        int c = col;
        while (r - direction.rowStep() >= 0 && c - direction.colStep() >= 0
                && cells[(r - direction.rowStep()) * SIZE + c - direction.colStep()] != Board.EMPTY) {
            r -= direction.rowStep();
            c -= direction.colStep();
        }
        return new Square(r, c);
    }

    private static WordScore wordAt(char[] cells, boolean[] fresh, Square start, Direction direction) {
        StringBuilder letters = new StringBuilder(SIZE);
        int sum = 0;
        int multiplier = 1;
        int r = start.row();
        int c = start.col();
        while (r < SIZE && c < SIZE && cells[r * SIZE + c] != Board.EMPTY) {
            char tile = cells[r * SIZE + c];
            boolean blank = Character.isLowerCase(tile);
            char letter = blank ? Character.toUpperCase(tile) : tile;
            int value = blank ? 0 : TileSet.points(letter);
            if (fresh[r * SIZE + c]) {
                Premium premium = Board.premium(r, c);
                value *= premium.letterMultiplier();
                multiplier *= premium.wordMultiplier();
            }
            sum += value;
            letters.append(letter);
            r += direction.rowStep();
            c += direction.colStep();
        }
        return letters.length() < 2 ? null : new WordScore(letters.toString(), sum * multiplier);
    }

    private record WordScore(String letters, int score) {
    }
}
