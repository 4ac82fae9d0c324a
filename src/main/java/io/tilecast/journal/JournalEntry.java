package io.tilecast.journal;

/** Something the journal writes to PostgreSQL behind the acknowledgement. */
public sealed interface JournalEntry permits GameSaved, EventAppended, GameFinished {

    /** The game this entry belongs to: entries of one game are written in the order offered. */
    String gameId();
}
