package io.tilecast.game.rules;

/** The answer to a move: the next state and what happened, or the reason it was refused. */
public sealed interface MoveOutcome permits MoveOutcome.Accepted, MoveOutcome.Rejected {

    record Accepted(GameState next, Turn turn) implements MoveOutcome {
    }

    record Rejected(Rejection rejection) implements MoveOutcome {
    }
}
