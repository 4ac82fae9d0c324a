package io.tilecast.journal;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * The entries one statement writes, taken in order from the head of the queue and sorted by the
 * part of the statement that writes them. Of several GameSaved for one game only the last is kept:
 * it carries the newest state, and one upsert may not touch a row twice. Games rows are written in
 * id order, the order in which lease renewal locks them too, so the two never deadlock.
 */
record Batch(List<JournalEntry> entries, List<GameSaved> games, List<EventAppended> events,
             List<GameFinished> finishes) {

    static Batch of(List<JournalEntry> entries) {
        Map<String, GameSaved> games = new TreeMap<>();
        List<EventAppended> events = new ArrayList<>();
        List<GameFinished> finishes = new ArrayList<>();
        for (JournalEntry entry : entries) {
            switch (entry) {
                case GameSaved saved -> games.put(saved.id(), saved);
                case EventAppended event -> events.add(event);
                case GameFinished finished -> finishes.add(finished);
            }
        }
        return new Batch(List.copyOf(entries), List.copyOf(games.values()), events, finishes);
    }

    int size() {
        return entries.size();
    }

    /** The fencing epoch an entry was written under. */
    static long epochOf(JournalEntry entry) {
        return switch (entry) {
            case GameSaved saved -> saved.leaseEpoch();
            case EventAppended event -> event.epoch();
            case GameFinished finished -> finished.epoch();
        };
    }
}
