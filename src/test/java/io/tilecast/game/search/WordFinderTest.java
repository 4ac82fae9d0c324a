package io.tilecast.game.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.Square;
import io.tilecast.game.rules.TileSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The finder skips the placements it knows the referee would refuse; it must still find exactly
 * the play that judging every placement, in the same order, finds first.
 */
class WordFinderTest {

    private static final Lexicon ENGLISH = Lexicon.english();

    @Test
    void findsTheSamePlayAsJudgingEveryPlacementInOrder() {
        int searches = 0;
        for (int seed = 0; seed < 3; seed++) {
            List<Character> bag = shuffledTiles(new Random(seed));
            Board board = Board.empty();
            StringBuilder rack = new StringBuilder();
            while (true) {
                while (rack.length() < TileSet.RACK_SIZE && !bag.isEmpty()) {
                    rack.append(bag.removeLast());
                }
                Optional<List<Placement>> found = WordFinder.play(board.rows(), rack.toString(), ENGLISH);
                assertThat(found).as("seed %d, rack %s on%n%s", seed, rack, board)
                        .isEqualTo(firstLegalPlacement(board, rack.toString()));
                searches++;
                if (found.isEmpty()) {
                    break;
                }
                board = board.with(found.get());
                for (Placement p : found.get()) {
                    rack.deleteCharAt(rack.indexOf(String.valueOf(p.blank() ? TileSet.BLANK : p.letter())));
                }
            }
        }
        assertThat(searches).as("positions compared").isGreaterThan(60);
    }

    /** The plain search: every arrangement of up to three tiles, every square, across then down. */
    private static Optional<List<Placement>> firstLegalPlacement(Board board, String rack) {
        for (int length = Math.min(3, rack.length()); length >= 1; length--) {
            for (List<Character> tiles : arrangements(rack, length, new ArrayList<>(), new boolean[rack.length()])) {
                for (int row = 0; row < Square.SIZE; row++) {
                    for (int col = 0; col < Square.SIZE; col++) {
                        for (boolean across : new boolean[] {true, false}) {
                            List<Placement> play = laid(board, tiles, row, col, across);
                            if (play != null && Referee.judge(board, play, ENGLISH) instanceof Judgement.Legal) {
                                return Optional.of(play);
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Placement> laid(Board board, List<Character> tiles, int row, int col, boolean across) {
        List<Placement> play = new ArrayList<>();
        int r = row;
        int c = col;
        for (char tile : tiles) {
            while (r < Square.SIZE && c < Square.SIZE && !board.isEmpty(r, c)) {
                r += across ? 0 : 1;
                c += across ? 1 : 0;
            }
            if (r >= Square.SIZE || c >= Square.SIZE) {
                return null;
            }
            play.add(tile == TileSet.BLANK ? Placement.blank(r, c, 'E') : Placement.tile(r, c, tile));
            r += across ? 0 : 1;
            c += across ? 1 : 0;
        }
        return play;
    }

    private static List<List<Character>> arrangements(String rack, int length, List<Character> chosen, boolean[] used) {
        if (chosen.size() == length) {
            return List.of(List.copyOf(chosen));
        }
        List<List<Character>> all = new ArrayList<>();
        for (int i = 0; i < rack.length(); i++) {
            if (!used[i]) {
                used[i] = true;
                chosen.add(rack.charAt(i));
                all.addAll(arrangements(rack, length, chosen, used));
                chosen.removeLast();
                used[i] = false;
            }
        }
        return all;
    }

    private static List<Character> shuffledTiles(Random random) {
        List<Character> tiles = new ArrayList<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            for (int i = 0; i < TileSet.count(letter); i++) {
                tiles.add(letter);
            }
        }
        for (int i = 0; i < TileSet.count(TileSet.BLANK); i++) {
            tiles.add(TileSet.BLANK);
        }
        Collections.shuffle(tiles, random);
        return tiles;
    }
}
