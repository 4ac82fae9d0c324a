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

    private WordFinder() {
    }

    public static Optional<List<Placement>> play(List<String> rows, String rack, Lexicon lexicon) {
        Board board = Board.of(rows);
        for (int length = Math.min(MOST_TILES, rack.length()); length >= 1; length--) {
            for (List<Character> tiles : arrangements(rack, length)) {
                for (int row = 0; row < 15; row++) {
                    for (int col = 0; col < 15; col++) {
                        for (boolean across : new boolean[] {true, false}) {
                            Optional<List<Placement>> play = lay(rows, tiles, row, col, across);
                            if (play.isPresent() && Referee.judge(board, play.get(), lexicon) instanceof Judgement.Legal) {
                                return play;
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The tiles on the empty squares from (row, col) on, skipping squares already covered. */
    private static Optional<List<Placement>> lay(List<String> rows, List<Character> tiles, int row, int col,
                                                 boolean across) {
        List<Placement> placements = new ArrayList<>();
        int r = row;
        int c = col;
        for (char tile : tiles) {
            while (r < 15 && c < 15 && rows.get(r).charAt(c) != '.') {
                r += across ? 0 : 1;
                c += across ? 1 : 0;
            }
            if (r >= 15 || c >= 15) {
                return Optional.empty();
            }
            placements.add(tile == '?' ? Placement.blank(r, c, 'E') : Placement.tile(r, c, tile));
            r += across ? 0 : 1;
            c += across ? 1 : 0;
        }
        return Optional.of(placements);
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
