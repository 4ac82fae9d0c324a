package io.tilecast.game.rules;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.search.Position;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Mid-game positions for benchmarks: boards built from real words of the default lexicon,
 * each with a legal next play found by trying random words at random squares.
 */
public final class MidGames {

    private final List<String> words;
    private final Lexicon lexicon = Lexicon.english();
    private final Random random;

    public MidGames(long seed) {
        this.random = new Random(seed);
        this.words = shortWords();
    }

    /** A position after {@code plays} plays, and a legal play on it. */
    public Position next(int plays) {
        Board board = Board.empty();
        for (int i = 0; i < plays; i++) {
            board = board.with(legalPlay(board));
        }
        return new Position(board, legalPlay(board));
    }

    public record Position(Board board, List<Placement> play) {
    }

    private List<Placement> legalPlay(Board board) {
        while (true) {
            String word = words.get(random.nextInt(words.size()));
            Direction direction = random.nextBoolean() ? Direction.ACROSS : Direction.DOWN;
            int[] anchor = anchor(board);
            int offset = random.nextInt(word.length());
            int row = anchor[0] - offset * direction.rowStep();
            int col = anchor[1] - offset * direction.colStep();
            List<Placement> tiles = new ArrayList<>();
            boolean fits = true;
            for (int i = 0; i < word.length() && fits; i++) {
                int r = row + i * direction.rowStep();
                int c = col + i * direction.colStep();
                if (!Square.onBoard(r, c)) {
                    fits = false;
                } else if (board.isEmpty(r, c)) {
                    tiles.add(Placement.tile(r, c, word.charAt(i)));
                } else {
                    fits = Character.toUpperCase(board.at(r, c)) == word.charAt(i);
                }
            }
            if (fits && !tiles.isEmpty() && tiles.size() <= TileSet.RACK_SIZE
                    && Referee.judge(board, tiles, lexicon) instanceof Judgement.Legal) {
                return tiles;
            }
        }
    }

    private int[] anchor(Board board) {
        if (board.isEmpty()) {
            return new int[] {7, 7};
        }
        while (true) {
            int row = random.nextInt(15);
            int col = random.nextInt(15);
            if (board.isEmpty(row, col) && board.touchesTile(row, col)) {
                return new int[] {row, col};
            }
        }
    }

    private static List<String> shortWords() {
        List<String> words = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                MidGames.class.getResourceAsStream("/lexicon/english.txt.gz")), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.length() <= 8) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
