package io.tilecast.game;

/** What kind of move a turn was. */
public enum TurnKind {
    PLACE,
    EXCHANGE,
    PASS,
    RESIGN
}
