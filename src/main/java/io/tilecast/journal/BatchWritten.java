package io.tilecast.journal;

import java.util.Set;

/**
 * What a committed batch did: how many events it stored, and which entries it left out because their game's lease had
 * moved on (fenced) or because their game has no row at all (missing).
 */
record BatchWritten(int eventsWritten, Set<String> fenced, Set<String> missing) {

    static String key(String gameId, long epoch) {
        return gameId + "@" + epoch;
    }

    boolean isFenced(JournalEntry entry) {
        return !fenced.isEmpty() && fenced.contains(key(entry.gameId(), Batch.epochOf(entry)));
    }

    boolean isMissing(JournalEntry entry) {
        return !missing.isEmpty() && missing.contains(entry.gameId());
    }
}
