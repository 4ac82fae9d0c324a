package io.tilecast.game.search;

import io.tilecast.game.lexicon.WordGraph;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Premium;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.Square;
import io.tilecast.game.rules.TileSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of the {@link MoveGenerator}: every line of the board, across and then down (the down lines read from a
 * transposed copy, so one walk serves both).
 */
final class MoveSearch implements Candidate {

    private static final int SIZE = Square.SIZE;
    private static final int ALL_LETTERS = (1 << 26) - 1;
    private static final int NO_CROSS_WORD = -1;
    private static final int BLANK = 26;

    private final WordGraph graph;
    private final Consumer<Candidate> each;
    private final boolean opening;
    private final char[] across;
    private final char[] down;
    private final int[] rack = new int[27];
    private LeftParts leftParts;

    // The line being searched: its squares (from across or down), cross-checks and anchors.
    private boolean searchingDown;
    private int line;
    private char[] cells;
    private final int[] crossLetters = new int[SIZE];
    private final int[] crossSum = new int[SIZE];
    private final boolean[] anchors = new boolean[SIZE];

    // The tiles laid so far, in line order, and where the word they belong to starts.
    private final int[] placedAt = new int[TileSet.RACK_SIZE];
    private final int[] placedLetter = new int[TileSet.RACK_SIZE];
    private final boolean[] placedBlank = new boolean[TileSet.RACK_SIZE];
    private final boolean[] fresh = new boolean[SIZE];
    private final int[] freshLetter = new int[SIZE];
    private final boolean[] freshBlank = new boolean[SIZE];
    private int placed;
    private int wordStart;
    private int score;

    MoveSearch(WordGraph graph, Board board, Rack rack, Consumer<Candidate> each) {
        this.graph = graph;
        this.each = each;
        this.opening = board.isEmpty();
        this.across = board.cells();
        this.down = new char[SIZE * SIZE];
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                down[col * SIZE + row] = across[row * SIZE + col];
            }
        }
        for (char tile : rack.tiles().toCharArray()) {
            if (tile == TileSet.BLANK) {
                this.rack[BLANK]++;
            } else if (TileSet.isLetter(tile)) {
                this.rack[tile - 'A']++;
            }
        }
    }

    void run() {
        int tiles = 0;
        for (int count : rack) {
            tiles += count;
        }
        leftParts = new LeftParts(graph, rack, tiles - 1);
        for (boolean downwards : new boolean[] {false, true}) {
            searchingDown = downwards;
            cells = downwards ? down : across;
            for (line = 0; line < SIZE; line++) {
                searchLine();
            }
        }
    }

    private void searchLine() {
        boolean anyAnchor = false;
        for (int at = 0; at < SIZE; at++) {
            anchors[at] = !occupied(line, at) && (opening ? line == 7 && at == 7 : touches(at));
            anyAnchor |= anchors[at];
            if (!occupied(line, at)) {
                crossCheck(at);
            }
        }
        if (!anyAnchor) {
            return;
        }
        for (int anchor = 0; anchor < SIZE; anchor++) {
            if (!anchors[anchor]) {
                continue;
            }
            if (anchor > 0 && occupied(line, anchor - 1)) {
                int start = anchor - 1;
                int node = WordGraph.ROOT;
                while (start > 0 && occupied(line, start - 1)) {
                    start--;
                }
                for (int at = start; at < anchor && node != WordGraph.NONE; at++) {
                    node = graph.next(node, letterAt(line, at));
                }
                if (node != WordGraph.NONE) {
                    wordStart = start;
                    extendRight(node, anchor, anchor);
                }
            } else {
                int room = 0;
                while (anchor - room - 1 >= 0 && !anchors[anchor - room - 1]) {
                    room++;
                }
                fromLeftParts(room, anchor);
            }
        }
    }

    private void fromLeftParts(int room, int anchor) {
        int longest = Math.min(room, leftParts.most());
        for (int letters = crossLetters[anchor]; letters != 0; letters &= letters - 1) {
            int letter = Integer.numberOfTrailingZeros(letters);
            for (int length = 0; length <= longest; length++) {
                for (int i = leftParts.from(letter, length), to = leftParts.to(letter, length); i < to; i++) {
                    int part = leftParts.part(i);
                    wordStart = anchor - length;
                    for (int k = 0; k < length; k++) {
                        boolean blank = leftParts.blank(part, k);
                        int tile = leftParts.letter(part, k);
                        rack[blank ? BLANK : tile]--;
                        push(wordStart + k, tile, blank);
                    }
                    int child = graph.next(leftParts.node(part), letter);
                    if (rack[letter] > 0) {
                        rack[letter]--;
                        push(anchor, letter, false);
                        extendRight(child, anchor + 1, anchor);
                        pop();
                        rack[letter]++;
                    }
                    if (rack[BLANK] > 0) {
                        rack[BLANK]--;
                        push(anchor, letter, true);
                        extendRight(child, anchor + 1, anchor);
                        pop();
                        rack[BLANK]++;
                    }
                    for (int k = 0; k < length; k++) {
                        pop();
                        rack[leftParts.blank(part, k) ? BLANK : leftParts.letter(part, k)]++;
                    }
                }
            }
        }
    }

    private void extendRight(int node, int at, int anchor) {
        if (at == SIZE || !occupied(line, at)) {
            if (at > anchor && graph.isWord(node)) {
                found(at);
            }
            if (at == SIZE || placed == TileSet.RACK_SIZE) {
                return;
            }
            for (int letters = graph.letters(node) & crossLetters[at]; letters != 0; letters &= letters - 1) {
                int letter = Integer.numberOfTrailingZeros(letters);
                int child = graph.next(node, letter);
                if (rack[letter] > 0) {
                    rack[letter]--;
                    push(at, letter, false);
                    extendRight(child, at + 1, anchor);
                    pop();
                    rack[letter]++;
                }
                if (rack[BLANK] > 0) {
                    rack[BLANK]--;
                    push(at, letter, true);
                    extendRight(child, at + 1, anchor);
                    pop();
                    rack[BLANK]++;
                }
            }
        } else {
            int child = graph.next(node, letterAt(line, at));
            if (child != WordGraph.NONE) {
                extendRight(child, at + 1, anchor);
            }
        }
    }

    private void push(int at, int letter, boolean blank) {
        placedAt[placed] = at;
        placedLetter[placed] = letter;
        placedBlank[placed] = blank;
        placed++;
    }

    private void pop() {
        placed--;
    }

    private void found(int end) {
        for (int i = 0; i < placed; i++) {
            fresh[placedAt[i]] = true;
            freshLetter[placedAt[i]] = placedLetter[i];
            freshBlank[placedAt[i]] = placedBlank[i];
        }
        // One tile making words both ways is found across and down; it is reported across.
        boolean reportedAcross = searchingDown && placed == 1 && crossSum[placedAt[0]] != NO_CROSS_WORD;
        if (!reportedAcross) {
            score = score(end);
            each.accept(this);
        }
        for (int i = 0; i < placed; i++) {
            fresh[placedAt[i]] = false;
        }
    }

    private int score(int end) {
        int sum = 0;
        int multiplier = 1;
        int crossWords = 0;
        for (int at = wordStart; at < end; at++) {
            if (!fresh[at]) {
                sum += value(cells[line * SIZE + at]);
                continue;
            }
            Premium premium = premium(at);
            int value = freshBlank[at] ? 0 : TileSet.points((char) ('A' + freshLetter[at]));
            int letterScore = value * premium.letterMultiplier();
            sum += letterScore;
            multiplier *= premium.wordMultiplier();
            if (crossSum[at] != NO_CROSS_WORD) {
                crossWords += (crossSum[at] + letterScore) * premium.wordMultiplier();
            }
        }
        return sum * multiplier + crossWords + (placed == TileSet.RACK_SIZE ? Referee.BINGO_BONUS : 0);
    }

    private void crossCheck(int at) {
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

    private boolean touches(int at) {
        return occupied(line - 1, at) || occupied(line + 1, at) || occupied(line, at - 1) || occupied(line, at + 1);
    }

    private boolean occupied(int l, int at) {
        return l >= 0 && l < SIZE && at >= 0 && at < SIZE && cells[l * SIZE + at] != Board.EMPTY;
    }

    private int letterAt(int l, int at) {
        return Character.toUpperCase(cells[l * SIZE + at]) - 'A';
    }

    private static int value(char tile) {
        return Character.isLowerCase(tile) ? 0 : TileSet.points(tile);
    }

    private Premium premium(int at) {
        return searchingDown ? Board.premium(at, line) : Board.premium(line, at);
    }

    @Override
    public int score() {
        return score;
    }

    @Override
    public int tileCount() {
        return placed;
    }

    @Override
    public String leave() {
        StringBuilder left = new StringBuilder(TileSet.RACK_SIZE);
        for (int letter = 0; letter < 26; letter++) {
            left.repeat((char) ('A' + letter), rack[letter]);
        }
        return left.repeat(TileSet.BLANK, rack[BLANK]).toString();
    }

    @Override
    public Play play() {
        List<Placement> tiles = new ArrayList<>(placed);
        for (int i = 0; i < placed; i++) {
            int row = searchingDown ? placedAt[i] : line;
            int col = searchingDown ? line : placedAt[i];
            tiles.add(new Placement(row, col, (char) ('A' + placedLetter[i]), placedBlank[i]));
        }
        return new Play(tiles, score);
    }
}
