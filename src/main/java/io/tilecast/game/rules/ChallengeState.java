package io.tilecast.game.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A game's challenge rule, the play that may be challenged (null: none) and the seats that lose their next turn. */
public record ChallengeState(ChallengeRule rule, PendingPlay pending, List<Boolean> lostTurns) {

    public static final ChallengeState VOID = new ChallengeState(ChallengeRule.VOID, null, List.of());

    public ChallengeState {
        lostTurns = List.copyOf(lostTurns);
    }

    static ChallengeState of(ChallengeRule rule, int seats) {
        return new ChallengeState(rule, null, Collections.nCopies(seats, false));
    }

    /** Whether a play stands open to challenge. */
    public boolean open() {
        return rule != ChallengeRule.VOID && pending != null;
    }

    /** Whether the pending play emptied its player's rack with the bag empty: only a pass or a challenge follows. */
    public boolean outPending() {
        return pending != null && pending.out();
    }

    boolean losesTurn(int seat) {
        return seat < lostTurns.size() && lostTurns.get(seat);
    }

    ChallengeState with(PendingPlay play) {
        return new ChallengeState(rule, play, lostTurns);
    }

    ChallengeState settled() {
        return pending == null ? this : with(null);
    }

    ChallengeState lostTurn(int seat, boolean lost) {
        List<Boolean> next = new ArrayList<>(lostTurns);
        next.set(seat, lost);
        return new ChallengeState(rule, pending, next);
    }
}
