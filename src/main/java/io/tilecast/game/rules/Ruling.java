package io.tilecast.game.rules;

/** The answer to a move: the next state and what happened, or the reason it was refused. */
public sealed interface Ruling permits Ruling.Accepted, Ruling.Rejected {

    record Accepted(GameState next, Turn turn) implements Ruling {
    }

    record Rejected(Rejection rejection) implements Ruling {
    }
}
