package io.tilecast.game.rules;

/** What kind of move a turn was. */
public enum TurnKind {
    PLACE,
    EXCHANGE,
    PASS,
    RESIGN,
    /** The seat ran out of time and was resigned by the server. */
    TIMEOUT
}
