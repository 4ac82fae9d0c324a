package io.tilecast.game.rules;

import io.tilecast.game.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Builds game positions for rules tests from a board written as 15 strings and the racks. */
public final class Positions {

    public static final Lexicon ENGLISH = Lexicon.english();

    /** CAT across the centre, as after an opening play. */
    public static final String[] CAT = {
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "......CAT......",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "..............."};

    public static final String[] EMPTY = {
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "...............",
            "..............."};

    private Positions() {
    }

    /** A position with seat 0 to move; the bag holds every tile not on the board or a rack. */
    public static GameState position(String[] board, String... racks) {
        return positionWithBag(board, remainder(board, racks), racks);
    }

    /** A position with a bag of exactly these tiles. */
    public static GameState positionWithBag(String[] board, String bag, String... racks) {
        List<Rack> rackList = new ArrayList<>();
        for (String r : racks) {
            rackList.add(Rack.of(r));
        }
        return new GameState(ENGLISH, Board.of(board), rackList, new Bag(bag, 42), Collections.nCopies(racks.length, 0),
                0, 0, Collections.nCopies(racks.length, false), List.of(), null, GameClock.NONE);
    }

    /** The position with its clocks started at {@code at}, seat 0's running. */
    public static GameState clocked(GameState state, GameClock clock, java.time.Instant at) {
        return state.withClock(clock.start(state.seats(), at));
    }

    public static GameState played(GameState state, int seat, Move move) {
        return accepted(state.apply(seat, move)).next();
    }

    public static Ruling.Accepted accepted(Ruling outcome) {
        if (outcome instanceof Ruling.Accepted accepted) {
            return accepted;
        }
        throw new AssertionError("expected the move to be accepted but it was " + outcome);
    }

    public static Rejection rejected(Ruling outcome) {
        if (outcome instanceof Ruling.Rejected rejected) {
            return rejected.rejection();
        }
        throw new AssertionError("expected the move to be rejected but it was " + outcome);
    }

    /** Tiles laid in a row from a start square: "CAT" at (7,6) across covers (7,6), (7,7), (7,8). */
    public static Move.Place across(int row, int col, String letters) {
        return line(row, col, letters, Direction.ACROSS);
    }

    public static Move.Place down(int row, int col, String letters) {
        return line(row, col, letters, Direction.DOWN);
    }

    /** Lowercase letters are blanks; '.' skips a square already covered. */
    private static Move.Place line(int row, int col, String letters, Direction direction) {
        List<Placement> tiles = new ArrayList<>();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            int r = row + i * direction.rowStep();
            int k = col + i * direction.colStep();
            if (c != '.') {
                tiles.add(new Placement(r, k, Character.toUpperCase(c), Character.isLowerCase(c)));
            }
        }
        return new Move.Place(tiles);
    }

    private static String remainder(String[] board, String... racks) {
        StringBuilder left = new StringBuilder(TileSet.all());
        StringBuilder used = new StringBuilder(String.join("", racks));
        for (String row : board) {
            for (char c : row.toCharArray()) {
                if (c != '.') {
                    used.append(Character.isLowerCase(c) ? TileSet.BLANK : c);
                }
            }
        }
        for (char c : used.toString().toCharArray()) {
            int at = left.indexOf(String.valueOf(c));
            if (at < 0) {
                throw new IllegalArgumentException("more " + c + " tiles than the set has");
            }
            left.deleteCharAt(at);
        }
        List<Character> tiles = new ArrayList<>();
        left.chars().forEach(c -> tiles.add((char) c));
        Collections.shuffle(tiles, new Random(7));
        StringBuilder bag = new StringBuilder();
        tiles.forEach(bag::append);
        return bag.toString();
    }

    /** Every tile of the game, wherever it is (bag, racks, board; a played blank as {@code ?}), sorted. */
    public static String allTiles(GameState state) {
        StringBuilder all = new StringBuilder(state.bag().tiles());
        for (int seat = 0; seat < state.seats(); seat++) {
            all.append(state.rack(seat).tiles());
        }
        for (String row : state.board().rows()) {
            for (char c : row.toCharArray()) {
                if (c != Board.EMPTY) {
                    all.append(Character.isLowerCase(c) ? TileSet.BLANK : c);
                }
            }
        }
        return sorted(all.toString());
    }

    public static String sorted(String tiles) {
        char[] chars = tiles.toCharArray();
        java.util.Arrays.sort(chars);
        return new String(chars);
    }
}
