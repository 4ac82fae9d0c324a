package io.tilecast.game.rules;

/** A move and the seat that made it: the unit a game's record is replayed from. */
public record SeatedMove(int seat, Move move) {
}
