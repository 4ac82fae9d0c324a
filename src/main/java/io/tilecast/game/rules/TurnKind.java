package io.tilecast.game.rules;

/** What kind of move a turn was. */
public enum TurnKind {
    PLACE,
    EXCHANGE,
    PASS,
    RESIGN,
    TIMEOUT,
    CHALLENGE,
    ABORT,
    ABANDONED
}
