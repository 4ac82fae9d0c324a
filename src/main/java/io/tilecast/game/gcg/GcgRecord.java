package io.tilecast.game.gcg;

import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.SeatedMove;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A game read from GCG: the players (nicknames as the lines name them, and full names), the lines, the racks of
 * {@code #rackN} headers, and the {@code >} lines the reader could not read.
 */
public record GcgRecord(List<String> players, Optional<String> lexicon, List<GcgEntry> entries, List<String> names,
                        List<String> racks, List<Integer> unreadable) {

    public GcgRecord {
        players = List.copyOf(players);
        entries = List.copyOf(entries);
        names = List.copyOf(names);
        racks = List.copyOf(racks);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * The moves in Tilecast terms, for replay: a withdrawn phony is its play, then the next seat's challenge that takes
     * it off.
     */
    public List<SeatedMove> moves() {
        return entries.stream()
                .filter(e -> e.move().isPresent())
                .flatMap(e -> e.withdrawn()
                        ? Stream.of(new SeatedMove(e.seat(), e.move().get()),
                                new SeatedMove((e.seat() + 1) % players.size(), new Move.Challenge()))
                        : Stream.of(new SeatedMove(e.seat(), e.move().get())))
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
