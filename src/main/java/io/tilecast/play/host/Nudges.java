package io.tilecast.play.host;

import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.play.host.view.LiveEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** Reminders to the player to move of an untimed game, at most one a day from each other player; kept in memory. */
final class Nudges {

    static final Duration EVERY = Duration.ofDays(1);

    private final Map<String, Instant> last = new HashMap<>();
    private final Consumer<LiveEvents.Nudged> announce;

    Nudges(Consumer<LiveEvents.Nudged> announce) {
        this.announce = announce;
    }

    synchronized Outcome<LiveEvents.Nudged> nudge(Table table, PlayerRef caller, Instant now) {
        OptionalInt seat = table.seatOf(caller.id());
        if (seat.isEmpty()) {
            return Outcome.refused(RejectionCode.NOT_SEATED);
        }
        if (table.status() != Status.ACTIVE) {
            return Outcome.refused(RejectionCode.GAME_NOT_ACTIVE);
        }
        GameState state = table.state();
        if (state.clock().control().isPresent() || state.toMove() == seat.getAsInt() || state.resigned(seat.getAsInt())) {
            return Outcome.refused(RejectionCode.CANNOT_NUDGE);
        }
        Instant previous = last.get(caller.id());
        if (previous != null && now.isBefore(previous.plus(EVERY))) {
            return Outcome.refused(RejectionCode.NUDGE_TOO_SOON);
        }
        last.put(caller.id(), now);
        LiveEvents.Nudged nudged = new LiveEvents.Nudged(seat.getAsInt(), state.toMove(), now, now.plus(EVERY));
        announce.accept(nudged);
        return Outcome.done(nudged);
    }
}
