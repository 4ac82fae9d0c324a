package io.tilecast.game.gcg;

import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.SeatedMove;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** A game read from GCG: the players, the lines, and what the reader found wrong with them. */
public record GcgRecord(List<String> players, Optional<String> lexicon, List<GcgEntry> entries) {

    public GcgRecord {
        players = List.copyOf(players);
        entries = List.copyOf(entries);
    }

    /** The moves in Tilecast terms, for replay: a withdrawn phony is the lost turn it was, a pass. */
    public List<SeatedMove> moves() {
        return entries.stream()
                .filter(e -> e.move().isPresent())
                .map(e -> new SeatedMove(e.seat(), e.withdrawn() ? new Move.Pass() : e.move().get()))
                .toList();
    }

    /** Placements whose recorded score differs from the score computed here. */
    public List<GcgEntry> scoreMismatches() {
        return entries.stream().filter(GcgEntry::scoreMismatch).toList();
    }

    /** Placements that fit the board and so have a computed score, withdrawn phonies included. */
    public List<GcgEntry> scoredPlacements() {
        return entries.stream().filter(e -> e.kind() == GcgEntry.Kind.PLACE && e.computedScore().isPresent()).toList();
    }

    /** Words played that the lexicon does not hold, in order of play. */
    public List<String> unknownWords() {
        return entries.stream().flatMap(e -> e.unknownWords().stream()).toList();
    }

    /** The last recorded total of each seat. */
    public List<Integer> finalTotals() {
        return IntStream.range(0, players.size())
                .mapToObj(seat -> entries.stream().filter(e -> e.seat() == seat)
                        .reduce((a, b) -> b).map(GcgEntry::recordedTotal).orElse(0))
                .toList();
    }
}
