package io.tilecast.journal;

/** Something the journal writes to PostgreSQL behind the acknowledgement. */
public sealed interface JournalEntry permits GameSaved, EventAppended, GameFinished, ChatSaid {

    String gameId();
}
