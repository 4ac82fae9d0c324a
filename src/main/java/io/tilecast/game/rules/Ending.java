package io.tilecast.game.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The end of a game: rack adjustments, time penalties and winners. */
final class Ending {

    private static final int SCORELESS_TURNS_PER_PLAYER = 3;

    private Ending() {
    }

    static int scorelessLimit(GameState state) {
        return SCORELESS_TURNS_PER_PLAYER * state.activeSeats();
    }

    static Closing out(GameState state, int goer) {
        List<Integer> others = active(state).filter(s -> s != goer).boxed().toList();
        int othersValue = others.stream().mapToInt(s -> state.rack(s).points()).sum();
        List<RackAdjustment> adjustments = new ArrayList<>();
        boolean twoPlayers = others.size() == 1;
        adjustments.add(new RackAdjustment(goer, "", twoPlayers ? 2 * othersValue : othersValue));
        for (int seat : others) {
            Rack rack = state.rack(seat);
            adjustments.add(new RackAdjustment(seat, rack.tiles(), twoPlayers ? 0 : -rack.points()));
        }
        adjustments.sort((a, b) -> Integer.compare(a.seat(), b.seat()));
        return new Closing(EndReason.OUT, adjustments);
    }

    static Closing scoreless(GameState state) {
        List<RackAdjustment> adjustments = active(state)
                .mapToObj(s -> new RackAdjustment(s, state.rack(s).tiles(), -state.rack(s).points()))
                .toList();
        return new Closing(EndReason.SCORELESS, adjustments);
    }

    static Closing left(TurnKind kind) {
        return new Closing(switch (kind) {
            case TIMEOUT -> EndReason.TIMEOUT;
            case ABANDONED -> EndReason.ABANDONED;
            default -> EndReason.RESIGNED;
        }, List.of());
    }

    static Ruling finish(GameState state, Turn turn, Closing closing) {
        EndReason reason = closing.reason();
        GameClock clock = state.clock().stop();
        List<RackAdjustment> adjustments = new ArrayList<>(closing.adjustments());
        List<Integer> penalties = reason == EndReason.ABORTED ? List.of() : clock.penalties();
        for (int seat = 0; seat < penalties.size(); seat++) {
            if (penalties.get(seat) > 0) {
                adjustments.add(RackAdjustment.timePenalty(seat, penalties.get(seat)));
            }
        }
        List<Integer> scores = new ArrayList<>(state.scores());
        for (RackAdjustment a : adjustments) {
            scores.set(a.seat(), scores.get(a.seat()) + a.points());
        }
        int best = active(state).map(scores::get).max().orElse(0);
        List<Integer> winners = reason == EndReason.ABORTED ? List.of()
                : active(state).filter(s -> scores.get(s) == best).boxed().toList();
        GameResult result = new GameResult(scores, reason, List.copyOf(adjustments), winners);
        Turn ending = new Turn(turn.number(), turn.seat(), turn.kind(), turn.placements(), turn.words(), turn.score(),
                turn.bingo(), turn.rackBefore(), turn.drawn(), turn.exchangedCount(), turn.exchanged(),
                turn.totalAfter(), Optional.of(result), turn.by());
        return new Ruling.Accepted(state.withEnd(result, ending, clock), ending);
    }

    private static IntStream active(GameState state) {
        return IntStream.range(0, state.seats()).filter(s -> !state.resigned(s));
    }

    /** Why the game ends and what the racks are worth. */
    record Closing(EndReason reason, List<RackAdjustment> adjustments) {
    }
}
