package io.tilecast.game.rules;

/** One tile put on the board: a letter A–Z at row and column 0–14, or a blank played as that letter. */
public record Placement(int row, int col, char letter, boolean blank) {

    public static Placement tile(int row, int col, char letter) {
        return new Placement(row, col, letter, false);
    }

    public static Placement blank(int row, int col, char letter) {
        return new Placement(row, col, letter, true);
    }

    /** The tile this takes from the rack. */
    public char rackTile() {
        return blank ? TileSet.BLANK : letter;
    }

    /** How the board shows it: lowercase for a blank. */
    public char boardChar() {
        return blank ? Character.toLowerCase(letter) : letter;
    }
}
