package io.tilecast.game.rules;

import java.util.List;
import java.util.Optional;

/** The challenge of a pending play, and the final pass after a play that went out (RULES.md "Challenges"). */
final class Challenges {

    private Challenges() {
    }

    static PendingPlay pending(GameState before, int seat, List<Placement> tiles, Judgement.Legal legal, String drawn,
                               boolean out) {
        List<String> phonies = legal.words().stream().map(Word::word).filter(w -> !before.lexicon().contains(w))
                .distinct().toList();
        return new PendingPlay(seat, before.board(), tiles, before.rack(seat).tiles(), drawn, legal.score(),
                legal.words().size(), phonies, before.scorelessTurns(), out);
    }

    static Ruling challenge(GameState state, int by) {
        ChallengeState challenges = state.challenge();
        if (!challenges.open() || challenges.pending().seat() == by) {
            return Rules.reject(RejectionCode.NOTHING_TO_CHALLENGE);
        }
        PendingPlay play = challenges.pending();
        GameState settled = state.withChallenge(challenges.settled());
        return play.phonies().isEmpty() ? upheld(settled, by, play) : withdrawn(settled, by, play);
    }

    private static Ruling withdrawn(GameState state, int by, PendingPlay play) {
        int seat = play.seat();
        int total = state.score(seat) - play.score();
        Turn turn = new Turn(state.turns().size(), seat, TurnKind.CHALLENGE, play.tiles(),
                play.phonies().stream().map(word -> new Word(word, 0)).toList(), -play.score(), false,
                play.rackBefore(), "", 0, "", total, Optional.empty(), by);
        GameState next = state.withBoard(play.boardBefore()).withRack(seat, Rack.of(play.rackBefore()))
                .withBag(state.bag().putBack(play.drawn())).withScore(seat, total)
                .withScorelessTurns(play.scorelessBefore() + 1);
        if (next.scorelessTurns() >= Ending.scorelessLimit(next)) {
            return Ending.finish(next, turn, Ending.scoreless(next));
        }
        return new Ruling.Accepted(next.withTurn(turn, next.toMove()), turn);
    }

    private static Ruling upheld(GameState state, int by, PendingPlay play) {
        int seat = play.seat();
        int bonus = state.challenge().rule().bonusPerWord() * play.words();
        int total = state.score(seat) + bonus;
        Turn turn = new Turn(state.turns().size(), seat, TurnKind.CHALLENGE, List.of(), List.of(), bonus, false, "",
                "", 0, "", total, Optional.empty(), by);
        GameState next = state.withScore(seat, total);
        if (play.out()) {
            return Ending.finish(next, turn, Ending.out(next, seat));
        }
        if (state.challenge().rule() != ChallengeRule.DOUBLE) {
            return new Ruling.Accepted(next.withTurn(turn, next.toMove()), turn);
        }
        next = next.withScorelessTurns(next.scorelessTurns() + 1); // the lost turn is scoreless
        if (next.scorelessTurns() >= Ending.scorelessLimit(next)) {
            return Ending.finish(next, turn, Ending.scoreless(next));
        }
        if (by == next.toMove()) {
            return Rules.advance(next, turn);
        }
        GameState losing = next.withChallenge(next.challenge().lostTurn(by, true));
        return new Ruling.Accepted(losing.withTurn(turn, losing.toMove()), turn);
    }

    static Ruling finalPass(GameState state, int seat, int goer) {
        Turn turn = new Turn(state.turns().size(), seat, TurnKind.PASS, List.of(), List.of(), 0, false,
                state.rack(seat).tiles(), "", 0, "", state.score(seat), Optional.empty());
        GameState next = state.withScorelessTurns(state.scorelessTurns() + 1);
        return Ending.finish(next, turn, Ending.out(next, goer));
    }
}
