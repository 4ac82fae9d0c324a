package io.tilecast.game.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Plays random legal moves for the random-game tests: placements of random shape and letters
 * (legal under a lexicon that accepts every word), with now and then an exchange, a pass or a resignation.
 */
public final class RandomPlayer {


    private final Random random;

    public RandomPlayer(Random random) {
        this.random = random;
    }

    public Move choose(GameState state) {
        int roll = random.nextInt(1000);
        if (roll < 3) {
            return new Move.Resign();
        }
        if (roll < 60 && state.bagSize() >= TileSet.RACK_SIZE) {
            return new Move.Exchange(someOf(state.rack(state.toMove()).tiles()));
        }
        if (roll < 90) {
            return new Move.Pass();
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            Move.Place place = placement(state.board(), state.rack(state.toMove()));
            if (place != null && Referee.checkPlacement(state.board(), place.tiles()).isEmpty()) {
                return place;
            }
        }
        return new Move.Pass();
    }

    /** A move that is almost always wrong somewhere: random squares, letters and seats. */
    SeatedMove blunder(GameState state) {
        int seat = random.nextInt(state.seats() + 1);
        return switch (random.nextInt(3)) {
            case 0 -> new SeatedMove(seat, new Move.Exchange(someOf("QZ?XJAEIO")));
            case 1 -> {
                List<Placement> tiles = new ArrayList<>();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    tiles.add(new Placement(random.nextInt(17) - 1, random.nextInt(17) - 1,
                            (char) ('A' + random.nextInt(27)), random.nextBoolean()));
                }
                yield new SeatedMove(seat, new Move.Place(tiles));
            }
            default -> new SeatedMove(seat, new Move.Pass());
        };
    }

    private Move.Place placement(Board board, Rack rack) {
        if (rack.isEmpty()) {
            return null;
        }
        Direction direction = random.nextBoolean() ? Direction.ACROSS : Direction.DOWN;
        int count = 1 + random.nextInt(rack.size());
        int row;
        int col;
        if (board.isEmpty()) {
            count = Math.max(2, count);
            int back = random.nextInt(count);
            row = 7 - back * direction.rowStep();
            col = 7 - back * direction.colStep();
        } else {
            int[] anchor = anchor(board);
            row = anchor[0];
            col = anchor[1];
        }
        List<Character> tiles = new ArrayList<>();
        rack.tiles().chars().forEach(c -> tiles.add((char) c));
        Collections.shuffle(tiles, random);
        List<Placement> placed = new ArrayList<>();
        while (placed.size() < count && Square.onBoard(row, col)) {
            if (board.isEmpty(row, col)) {
                char tile = tiles.get(placed.size());
                boolean blank = tile == TileSet.BLANK;
                char letter = blank ? (char) ('A' + random.nextInt(26)) : tile;
                placed.add(new Placement(row, col, letter, blank));
            }
            row += direction.rowStep();
            col += direction.colStep();
        }
        Collections.shuffle(placed, random);
        return placed.isEmpty() ? null : new Move.Place(placed);
    }

    /** A random empty square next to a tile. */
    private int[] anchor(Board board) {
        while (true) {
            int row = random.nextInt(15);
            int col = random.nextInt(15);
            if (board.isEmpty(row, col) && board.touchesTile(row, col)) {
                return new int[] {row, col};
            }
        }
    }

    private String someOf(String tiles) {
        List<Character> list = new ArrayList<>();
        tiles.chars().forEach(c -> list.add((char) c));
        Collections.shuffle(list, random);
        StringBuilder some = new StringBuilder();
        list.subList(0, 1 + random.nextInt(list.size())).forEach(some::append);
        return some.toString();
    }
}
