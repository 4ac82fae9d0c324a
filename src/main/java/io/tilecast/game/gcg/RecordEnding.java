package io.tilecast.game.gcg;

import io.tilecast.game.rules.EndReason;
import io.tilecast.game.rules.GameResult;
import io.tilecast.game.rules.RackAdjustment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a record ends: the racks its closing lines count, its time penalties, a resignation; a record with none of them
 * stops where it stops, unfinished and without a winner.
 */
final class RecordEnding {

    private final int seats;
    private final String[] racks;
    private final int[] lost;
    private final List<RackAdjustment> penalties = new ArrayList<>();
    private final StringBuilder goerCounted = new StringBuilder();
    private int goer = -1;
    private int gain;
    private boolean anyLost;
    private boolean resigned;

    RecordEnding(int seats) {
        this.seats = seats;
        this.racks = new String[seats];
        this.lost = new int[seats];
    }

    void resigned() {
        resigned = true;
    }

    void penalty(int seat, int points) {
        penalties.add(new RackAdjustment(seat, "", points, RackAdjustment.PENALTY));
    }

    /** A closing line: {@code seat} gains {@code points} for another's {@code rack}, or loses them for its own. */
    void racks(int seat, String rack, int points) {
        if (points >= 0) {
            goer = seat;
            gain += points;
            goerCounted.append(rack);
        } else {
            anyLost = true;
            racks[seat] = rack;
            lost[seat] += points;
        }
    }

    /** The rack the seat was left with: from the closing lines, else from {@code #rackN}, else none known. */
    String rackOf(int seat, List<String> recorded) {
        if (racks[seat] != null) {
            return racks[seat];
        }
        if (goer >= 0 && seats == 2 && seat != goer) {
            return goerCounted.toString();
        }
        return seat < recorded.size() ? recorded.get(seat) : "";
    }

    GameResult result(List<Integer> scores, boolean[] out, List<String> recorded) {
        EndReason reason = goer >= 0 ? EndReason.OUT : anyLost ? EndReason.SCORELESS
                : resigned ? EndReason.RESIGNED : EndReason.UNFINISHED;
        List<RackAdjustment> adjustments = new ArrayList<>();
        for (int seat = 0; seat < seats; seat++) {
            if (seat == goer) {
                adjustments.add(new RackAdjustment(seat, "", gain));
            } else if (goer >= 0 || racks[seat] != null) {
                adjustments.add(new RackAdjustment(seat, rackOf(seat, recorded), lost[seat]));
            }
        }
        adjustments.addAll(penalties);
        int best = IntStream.range(0, seats).filter(s -> !out[s]).map(scores::get).max().orElse(0);
        List<Integer> winners = reason == EndReason.UNFINISHED ? List.of()
                : IntStream.range(0, seats).filter(s -> !out[s] && scores.get(s) == best).boxed().toList();
        return new GameResult(scores, reason, adjustments, winners);
    }
}
