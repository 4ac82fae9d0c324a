package io.tilecast.web;

import io.tilecast.game.rules.Rejection;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.Outcome;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.TurnViews;
import io.tilecast.play.host.view.GameView;

/** {@code ?turn=n} on a game's view: a finished game before turn n; a game still played is refused, racks unseen. */
final class TurnQuery {

    private TurnQuery() {
    }

    static int parse(String turn) {
        try {
            return Integer.parseInt(turn.strip());
        } catch (NumberFormatException notANumber) {
            throw Refusals.problem(Rejection.of(RejectionCode.INVALID_TURN));
        }
    }

    static GameView view(GameHost host, PlayerRef viewer, int turn) {
        return Refusals.orThrow(host.finished().map(table -> TurnViews.at(table, viewer, turn))
                .orElseGet(() -> Outcome.refused(RejectionCode.GAME_NOT_FINISHED)));
    }
}
