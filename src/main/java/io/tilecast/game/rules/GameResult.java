package io.tilecast.game.rules;

import java.util.List;

/** How a finished game came out: final scores per seat, why it ended, the rack adjustments and the winners. */
public record GameResult(List<Integer> finalScores, EndReason reason, List<RackAdjustment> adjustments,
                         List<Integer> winners) {

    public GameResult {
        finalScores = List.copyOf(finalScores);
        adjustments = List.copyOf(adjustments);
        winners = List.copyOf(winners);
    }

    public boolean isTie() {
        return winners.size() > 1;
    }

    /** Net end-of-game adjustment for one seat (0 when it had none). */
    public int adjustment(int seat) {
        return adjustments.stream().filter(a -> a.seat() == seat).mapToInt(RackAdjustment::points).sum();
    }
}
