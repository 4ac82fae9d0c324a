package io.tilecast.game.gcg;

import io.tilecast.game.rules.Move;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code >name:} line of a GCG record, with the score as recorded and, for a placement, as Tilecast computes it on
 * the board the record has built so far; {@code action} is the line's first word after the rack, as written.
 */
public record GcgEntry(int line, int seat, Kind kind, String rack, Optional<Move> move, int recordedScore,
                       int recordedTotal, OptionalInt computedScore, List<String> unknownWords, boolean withdrawn,
                       String action) {

    public GcgEntry {
        unknownWords = List.copyOf(unknownWords);
    }

    /** What a GCG line records. */
    public enum Kind {
        PLACE,
        EXCHANGE,
        PASS,
        RESIGN,
        WITHDRAWAL,
        CHALLENGE_BONUS,
        TIME_PENALTY,
        END_RACKS
    }

    public boolean scoreMismatch() {
        return computedScore.isPresent() && computedScore.getAsInt() != recordedScore;
    }

    GcgEntry withdraw() {
        return new GcgEntry(line, seat, kind, rack, move, recordedScore, recordedTotal, computedScore, unknownWords,
                true, action);
    }
}
