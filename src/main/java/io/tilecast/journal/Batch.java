package io.tilecast.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entries one statement writes, taken in order from the head of the queue and sorted by the part of the statement
 * that writes them.
 */
record Batch(List<JournalEntry> entries, List<GameSaved> games, List<EventAppended> events,
             List<GameFinished> finishes, List<ChatSaid> chat) {

    static Batch of(List<JournalEntry> entries) {
        Map<String, GameSaved> games = new TreeMap<>();
        List<EventAppended> events = new ArrayList<>();
        List<GameFinished> finishes = new ArrayList<>();
        List<ChatSaid> chat = new ArrayList<>();
        for (JournalEntry entry : entries) {
            switch (entry) {
                case GameSaved saved -> games.put(saved.id(), saved);
                case EventAppended event -> events.add(event);
                case GameFinished finished -> finishes.add(finished);
                case ChatSaid said -> chat.add(said);
            }
        }
        return new Batch(List.copyOf(entries), List.copyOf(games.values()), events, finishes, chat);
    }

    int size() {
        return entries.size();
    }

    static long epochOf(JournalEntry entry) {
        return switch (entry) {
            case GameSaved saved -> saved.leaseEpoch();
            case EventAppended event -> event.epoch();
            case GameFinished finished -> finished.epoch();
            case ChatSaid said -> -1L;
        };
    }
}
