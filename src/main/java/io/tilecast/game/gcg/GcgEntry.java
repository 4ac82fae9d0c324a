package io.tilecast.game.gcg;

import io.tilecast.game.rules.Move;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code >name:} line of a GCG record, with the score as recorded and, for a placement,
 * as Tilecast computes it on the board the record has built so far.
 *
 * @param move          the move this line stands for, when it is one ({@code PLACE}, {@code EXCHANGE} with
 *                      letters, {@code PASS}, {@code RESIGN})
 * @param computedScore for a placement: its score under these rules, empty when the play does not fit the board
 * @param unknownWords  words of a placement that the lexicon does not hold
 * @param withdrawn     a placement taken back on the next line ({@code --}): a phony that lost the turn
 */
public record GcgEntry(int line, int seat, Kind kind, String rack, Optional<Move> move, int recordedScore,
                       int recordedTotal, OptionalInt computedScore, List<String> unknownWords, boolean withdrawn) {

    public GcgEntry {
        unknownWords = List.copyOf(unknownWords);
    }

    /** What a GCG line records. */
    public enum Kind {
        PLACE,
        EXCHANGE,
        PASS,
        RESIGN,
        /** {@code --}: the previous placement is taken off the board. */
        WITHDRAWAL,
        CHALLENGE_BONUS,
        TIME_PENALTY,
        /** {@code (rack)}: points for tiles left on racks at the end. */
        END_RACKS
    }

    public boolean scoreMismatch() {
        return computedScore.isPresent() && computedScore.getAsInt() != recordedScore;
    }

    GcgEntry withdraw() {
        return new GcgEntry(line, seat, kind, rack, move, recordedScore, recordedTotal, computedScore, unknownWords,
                true);
    }
}
