package io.tilecast.play.host.view;

import io.tilecast.game.rules.GameResult;
import io.tilecast.game.rules.RackAdjustment;
import java.util.List;

/** How a finished game came out: final scores, why it ended, end-of-game rack adjustments, winners. */
public record ResultView(List<Integer> scores, String reason, List<RackAdjustment> adjustments,
                         List<Integer> winners) {

    public static ResultView of(GameResult result) {
        return new ResultView(result.finalScores(), result.reason().code(), result.adjustments(), result.winners());
    }
}
