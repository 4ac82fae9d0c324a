package io.tilecast.game.search;

import io.tilecast.game.lexicon.WordGraph;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Premium;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.TileSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of the {@link MoveGenerator}: every line of the board, across and then down (the down lines read from a
 * transposed copy, so one walk serves both).
 */
final class MoveSearch implements Candidate {

    private static final int BLANK = 26;

    private final WordGraph graph;
    private final Consumer<Candidate> each;
    private final boolean opening;
    private final BoardLines lines;
    private final int[] rack = new int[27];
    private LeftParts leftParts;

    // The squares of the line being searched where a play may be anchored.
    private final boolean[] anchors = new boolean[BoardLines.SIZE];

    // The tiles laid so far, in line order, and where the word they belong to starts.
    private final int[] placedAt = new int[TileSet.RACK_SIZE];
    private final int[] placedLetter = new int[TileSet.RACK_SIZE];
    private final boolean[] placedBlank = new boolean[TileSet.RACK_SIZE];
    private final boolean[] fresh = new boolean[BoardLines.SIZE];
    private final int[] freshLetter = new int[BoardLines.SIZE];
    private final boolean[] freshBlank = new boolean[BoardLines.SIZE];
    private int placed;
    private int wordStart;
    private int score;

    MoveSearch(WordGraph graph, Board board, Rack rack, Consumer<Candidate> each) {
        this.graph = graph;
        this.each = each;
        this.opening = board.isEmpty();
        this.lines = new BoardLines(board, graph);
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
            for (int line = 0; line < BoardLines.SIZE; line++) {
                lines.select(downwards, line);
                searchLine();
            }
        }
    }

    private void searchLine() {
        boolean anyAnchor = false;
        for (int at = 0; at < BoardLines.SIZE; at++) {
            anchors[at] = !lines.occupied(at) && (opening ? lines.line == 7 && at == 7 : lines.touches(at));
            anyAnchor |= anchors[at];
            if (!lines.occupied(at)) {
                lines.crossCheck(at);
            }
        }
        if (!anyAnchor) {
            return;
        }
        for (int anchor = 0; anchor < BoardLines.SIZE; anchor++) {
            if (!anchors[anchor]) {
                continue;
            }
            if (anchor > 0 && lines.occupied(anchor - 1)) {
                int start = anchor - 1;
                int node = WordGraph.ROOT;
                while (start > 0 && lines.occupied(start - 1)) {
                    start--;
                }
                for (int at = start; at < anchor && node != WordGraph.NONE; at++) {
                    node = graph.next(node, lines.letterAt(at));
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
        for (int letters = lines.crossLetters[anchor]; letters != 0; letters &= letters - 1) {
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
                    lay(graph.next(leftParts.node(part), letter), anchor, letter, anchor);
                    for (int k = 0; k < length; k++) {
                        pop();
                        rack[leftParts.blank(part, k) ? BLANK : leftParts.letter(part, k)]++;
                    }
                }
            }
        }
    }

    private void extendRight(int node, int at, int anchor) {
        if (at == BoardLines.SIZE || !lines.occupied(at)) {
            if (at > anchor && graph.isWord(node)) {
                found(at);
            }
            if (at == BoardLines.SIZE || placed == TileSet.RACK_SIZE) {
                return;
            }
            for (int letters = graph.letters(node) & lines.crossLetters[at]; letters != 0; letters &= letters - 1) {
                int letter = Integer.numberOfTrailingZeros(letters);
                lay(graph.next(node, letter), at, letter, anchor);
            }
        } else {
            int child = graph.next(node, lines.letterAt(at));
            if (child != WordGraph.NONE) {
                extendRight(child, at + 1, anchor);
            }
        }
    }

    /** Lays {@code letter} at {@code at} from the rack, as itself and as a blank, and goes on to the right. */
    private void lay(int child, int at, int letter, int anchor) {
        layFrom(letter, child, at, letter, anchor);
        layFrom(BLANK, child, at, letter, anchor);
    }

    private void layFrom(int tile, int child, int at, int letter, int anchor) {
        if (rack[tile] > 0) {
            rack[tile]--;
            push(at, letter, tile == BLANK);
            extendRight(child, at + 1, anchor);
            pop();
            rack[tile]++;
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
        boolean reportedAcross = lines.downwards && placed == 1 && lines.crossSum[placedAt[0]] != BoardLines.NO_CROSS_WORD;
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
                sum += BoardLines.value(lines.cell(at));
                continue;
            }
            Premium premium = lines.premium(at);
            int value = freshBlank[at] ? 0 : TileSet.points((char) ('A' + freshLetter[at]));
            int letterScore = value * premium.letterMultiplier();
            sum += letterScore;
            multiplier *= premium.wordMultiplier();
            if (lines.crossSum[at] != BoardLines.NO_CROSS_WORD) {
                crossWords += (lines.crossSum[at] + letterScore) * premium.wordMultiplier();
            }
        }
        return sum * multiplier + crossWords + (placed == TileSet.RACK_SIZE ? Referee.BINGO_BONUS : 0);
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
            int row = lines.downwards ? placedAt[i] : lines.line;
            int col = lines.downwards ? lines.line : placedAt[i];
            tiles.add(new Placement(row, col, (char) ('A' + placedLetter[i]), placedBlank[i]));
        }
        return new Play(tiles, score);
    }
}
