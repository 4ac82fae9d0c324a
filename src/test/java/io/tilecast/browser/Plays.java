package io.tilecast.browser;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Referee;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Legal and illegal plays for a dealt rack, found with the rules engine, so that browser tests
 * can play real games without knowing the tiles in advance. Blanks are never used.
 */
final class Plays {

    private static final Lexicon WORDS = Lexicon.english();

    private Plays() {
    }

    /** A word from the rack across the centre, two to four tiles, the longest found. */
    static Optional<List<Placement>> opening(String rack) {
        List<Placement> best = null;
        for (String word : arrangements(rack.replace("?", ""), 4)) {
            if (word.length() >= 2 && WORDS.contains(word) && (best == null || word.length() > best.size())) {
                List<Placement> tiles = new ArrayList<>();
                for (int i = 0; i < word.length(); i++) {
                    tiles.add(Placement.tile(7, 7 + i, word.charAt(i)));
                }
                best = tiles;
            }
        }
        return Optional.ofNullable(best).filter(tiles -> legal(Board.empty(), tiles));
    }

    /** Two rack tiles across the centre that do not make a word. */
    static Optional<List<Placement>> nonWord(String rack) {
        for (String pair : arrangements(rack.replace("?", ""), 2)) {
            if (pair.length() == 2 && !WORDS.contains(pair)) {
                return Optional.of(List.of(Placement.tile(7, 7, pair.charAt(0)), Placement.tile(7, 8, pair.charAt(1))));
            }
        }
        return Optional.empty();
    }

    /** A play of one tile, else two in a row going down, touching the tiles on `rows`. */
    static Optional<List<Placement>> reply(List<String> rows, String rack) {
        Board board = Board.of(rows);
        String letters = rack.replace("?", "");
        for (int row = 0; row < 15; row++) {
            for (int col = 0; col < 15; col++) {
                if (!board.isEmpty(row, col)) {
                    continue;
                }
                for (char letter : letters.toCharArray()) {
                    List<Placement> one = List.of(Placement.tile(row, col, letter));
                    if (legal(board, one)) {
                        return Optional.of(one);
                    }
                }
                for (String pair : arrangements(letters, 2)) {
                    if (pair.length() == 2 && row < 14 && board.isEmpty(row + 1, col)) {
                        List<Placement> two = List.of(Placement.tile(row, col, pair.charAt(0)),
                                Placement.tile(row + 1, col, pair.charAt(1)));
                        if (legal(board, two)) {
                            return Optional.of(two);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Board after(List<String> rows, List<Placement> tiles) {
        return Board.of(rows).with(tiles);
    }

    private static boolean legal(Board board, List<Placement> tiles) {
        return Referee.judge(board, tiles, WORDS) instanceof Judgement.Legal;
    }

    /** Every ordered selection of up to `max` tiles from `letters`. */
    private static List<String> arrangements(String letters, int max) {
        List<String> out = new ArrayList<>();
        arrange("", letters, max, out);
        return out;
    }

    private static void arrange(String prefix, String rest, int max, List<String> out) {
        if (!prefix.isEmpty()) {
            out.add(prefix);
        }
        if (prefix.length() == max) {
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            arrange(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), max, out);
        }
    }
}
