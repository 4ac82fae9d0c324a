package io.tilecast.game;

/** The end-of-game points a seat gains or loses for the tiles left on the racks. */
public record RackAdjustment(int seat, String rack, int points) {
}
