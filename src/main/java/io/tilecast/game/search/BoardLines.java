package io.tilecast.game.search;

import io.tilecast.game.lexicon.WordGraph;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Premium;
import io.tilecast.game.rules.Square;
import io.tilecast.game.rules.TileSet;

/** The board as the generator walks it, one line at a time, across and then down (from a transposed copy). */
final class BoardLines {

    static final int SIZE = Square.SIZE;
    static final int NO_CROSS_WORD = -1;
    private static final int ALL_LETTERS = (1 << 26) - 1;

    private final WordGraph graph;
    private final char[] across;
    private final char[] down;
    private char[] cells;
    boolean downwards;
    int line;
    /** Per square of the line: the letters whose cross word is a word, and that cross word's other tiles' points. */
    final int[] crossLetters = new int[SIZE];
    final int[] crossSum = new int[SIZE];

    BoardLines(Board board, WordGraph graph) {
        this.graph = graph;
        this.across = board.cells();
        this.down = new char[SIZE * SIZE];
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                down[col * SIZE + row] = across[row * SIZE + col];
            }
        }
    }

    void select(boolean downwards, int line) {
        this.downwards = downwards;
        this.line = line;
        this.cells = downwards ? down : across;
    }

    boolean occupied(int at) {
        return occupied(line, at);
    }

    int letterAt(int at) {
        return letterAt(line, at);
    }

    char cell(int at) {
        return cells[line * SIZE + at];
    }

    boolean touches(int at) {
        return occupied(line - 1, at) || occupied(line + 1, at) || occupied(line, at - 1) || occupied(line, at + 1);
    }

    Premium premium(int at) {
        return downwards ? Board.premium(at, line) : Board.premium(line, at);
    }

    void crossCheck(int at) {
        if (!occupied(line - 1, at) && !occupied(line + 1, at)) {
            crossLetters[at] = ALL_LETTERS;
            crossSum[at] = NO_CROSS_WORD;
            return;
        }
        int sum = 0;
        int top = line;
        while (occupied(top - 1, at)) {
            top--;
        }
        int node = WordGraph.ROOT;
        for (int l = top; l < line; l++) {
            sum += value(cells[l * SIZE + at]);
            if (node != WordGraph.NONE) {
                node = graph.next(node, letterAt(l, at));
            }
        }
        int bottom = line;
        while (occupied(bottom + 1, at)) {
            bottom++;
            sum += value(cells[bottom * SIZE + at]);
        }
        int allowed = 0;
        if (node != WordGraph.NONE) {
            for (int letters = graph.letters(node); letters != 0; letters &= letters - 1) {
                int letter = Integer.numberOfTrailingZeros(letters);
                int after = graph.next(node, letter);
                for (int l = line + 1; l <= bottom && after != WordGraph.NONE; l++) {
                    after = graph.next(after, letterAt(l, at));
                }
                if (after != WordGraph.NONE && graph.isWord(after)) {
                    allowed |= 1 << letter;
                }
            }
        }
        crossLetters[at] = allowed;
        crossSum[at] = sum;
    }

    static int value(char tile) {
        return Character.isLowerCase(tile) ? 0 : TileSet.points(tile);
    }

    private boolean occupied(int l, int at) {
        return l >= 0 && l < SIZE && at >= 0 && at < SIZE && cells[l * SIZE + at] != Board.EMPTY;
    }

    private int letterAt(int l, int at) {
        return Character.toUpperCase(cells[l * SIZE + at]) - 'A';
    }
}
