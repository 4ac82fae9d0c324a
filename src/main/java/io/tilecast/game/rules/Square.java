package io.tilecast.game.rules;

/** A square of the 15×15 board, named in the API by row and column 0–14 and in GCG as "8H". */
public record Square(int row, int col) {

    public static final int SIZE = 15;
    public static final Square CENTRE = new Square(7, 7);

    public static boolean onBoard(int row, int col) {
        return row >= 0 && row < SIZE && col >= 0 && col < SIZE;
    }

    /** GCG coordinate of a word starting here: number first for across, letter first for down. */
    public String gcg(Direction direction) {
        String number = Integer.toString(row + 1);
        String letter = String.valueOf((char) ('A' + col));
        return direction == Direction.ACROSS ? number + letter : letter + number;
    }
}
