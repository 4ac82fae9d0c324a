package io.tilecast.game.rules;

import io.tilecast.game.lexicon.Lexicon;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Turns a move into the next state. */
final class Rules {

    private Rules() {
    }

    static Ruling apply(GameState before, int seat, Move move, Instant at) {
        GameState state = before;
        if (move == null || seat < 0 || seat >= state.seats()) {
            return reject(RejectionCode.BAD_MOVE);
        }
        if (state.finished()) {
            return reject(RejectionCode.GAME_NOT_ACTIVE);
        }
        if (state.resigned(seat)) {
            return reject(RejectionCode.NOT_YOUR_TURN);
        }
        if (!outOfTurn(move) && seat != state.toMove()) {
            return reject(RejectionCode.NOT_YOUR_TURN);
        }
        int goer = state.challenge().outPending() ? state.challenge().pending().seat() : -1;
        if (goer >= 0 && (move instanceof Move.Place || move instanceof Move.Exchange)) {
            return reject(RejectionCode.FINAL_PASS_EXPECTED);
        }
        state = state.withClock(state.clock().elapse(at)); // the running clock is charged up to the move
        if (!(move instanceof Move.Challenge)) {
            state = state.withChallenge(state.challenge().settled()); // the next act lets the pending play stand
        }
        return switch (move) {
            case Move.Place place -> place(state, seat, inLineOrder(place.tiles()));
            case Move.Exchange exchange -> exchange(state, seat, exchange.letters());
            case Move.Pass pass -> goer >= 0 ? Challenges.finalPass(state, seat, goer)
                    : scoreless(state, seat, TurnKind.PASS, "", "", state.bag(), state.rack(seat));
            case Move.Resign resign -> leave(state, seat, TurnKind.RESIGN, goer);
            case Move.Challenge challenge -> Challenges.challenge(state, seat);
            case Move.Abort abort -> abort(state, seat);
            case Move.Claim claim -> seat == state.toMove() ? reject(RejectionCode.OPPONENT_PRESENT)
                    : leave(state, state.toMove(), TurnKind.ABANDONED, goer);
        };
    }

    private static boolean outOfTurn(Move move) {
        return move instanceof Move.Resign || move instanceof Move.Challenge || move instanceof Move.Abort
                || move instanceof Move.Claim;
    }

    private static Ruling abort(GameState state, int seat) {
        if (state.turns().stream().map(Turn::seat).distinct().count() >= state.seats()) {
            return reject(RejectionCode.TOO_LATE_TO_ABORT);
        }
        Turn turn = new Turn(state.turns().size(), seat, TurnKind.ABORT, List.of(), List.of(), 0, false,
                state.rack(seat).tiles(), "", 0, "", state.score(seat), Optional.empty());
        return Ending.finish(state, turn, new Ending.Closing(EndReason.ABORTED, List.of()));
    }

    private static Ruling place(GameState state, int seat, List<Placement> tiles) {
        Optional<Rejection> misplaced = Referee.checkPlacement(state.board(), tiles);
        if (misplaced.isPresent()) {
            return new Ruling.Rejected(misplaced.get());
        }
        StringBuilder used = new StringBuilder(tiles.size());
        tiles.forEach(p -> used.append(p.rackTile()));
        Rack before = state.rack(seat);
        Optional<Rack> left = before.remove(used);
        if (left.isEmpty()) {
            return reject(RejectionCode.NOT_IN_RACK);
        }
        boolean challengeable = state.challenge().rule() != ChallengeRule.VOID;
        Judgement judgement = Referee.score(state.board(), tiles, challengeable ? Lexicon.anyWord() : state.lexicon());
        if (judgement instanceof Judgement.Illegal illegal) {
            return new Ruling.Rejected(illegal.rejection());
        }
        Judgement.Legal legal = (Judgement.Legal) judgement;
        Bag.Draw draw = state.bag().draw(tiles.size());
        Rack after = left.get().add(draw.tiles());
        int total = state.score(seat) + legal.score();
        int scoreless = legal.score() == 0 ? state.scorelessTurns() + 1 : 0;
        Turn turn = new Turn(state.turns().size(), seat, TurnKind.PLACE, tiles, legal.words(), legal.score(),
                legal.bingo(), before.tiles(), draw.tiles(), 0, "", total, Optional.empty());
        GameState next = state.withBoard(state.board().with(tiles)).withRack(seat, after).withBag(draw.bag())
                .withScore(seat, total).withScorelessTurns(scoreless);
        if (challengeable) {
            next = next.withChallenge(next.challenge().with(Challenges.pending(state, seat, tiles, legal, draw.tiles(),
                    after.isEmpty() && draw.bag().isEmpty())));
        }
        if (after.isEmpty() && draw.bag().isEmpty() && !challengeable) {
            return Ending.finish(next, turn, Ending.out(next, seat));
        }
        if (scoreless >= Ending.scorelessLimit(next)) {
            return Ending.finish(next, turn, Ending.scoreless(next));
        }
        return advance(next, turn);
    }

    private static Ruling exchange(GameState state, int seat, String letters) {
        if (letters.isEmpty() || letters.length() > TileSet.RACK_SIZE
                || !letters.chars().allMatch(c -> TileSet.isLetter((char) c) || c == TileSet.BLANK)) {
            return reject(RejectionCode.BAD_MOVE);
        }
        if (state.bagSize() < TileSet.RACK_SIZE) {
            return reject(RejectionCode.BAG_TOO_SMALL);
        }
        Optional<Rack> left = state.rack(seat).remove(letters);
        if (left.isEmpty()) {
            return reject(RejectionCode.NOT_IN_RACK);
        }
        Bag.Draw draw = state.bag().draw(letters.length());
        return scoreless(state, seat, TurnKind.EXCHANGE, letters, draw.tiles(), draw.bag().putBack(letters),
                left.get().add(draw.tiles()));
    }

    private static Ruling scoreless(GameState state, int seat, TurnKind kind, String exchanged, String drawn,
                                         Bag bag, Rack after) {
        Rack before = state.rack(seat);
        Turn turn = new Turn(state.turns().size(), seat, kind, List.of(), List.of(), 0, false, before.tiles(), drawn,
                exchanged.length(), exchanged, state.score(seat), Optional.empty());
        GameState next = state.withRack(seat, after).withBag(bag).withScorelessTurns(state.scorelessTurns() + 1);
        if (next.scorelessTurns() >= Ending.scorelessLimit(next)) {
            return Ending.finish(next, turn, Ending.scoreless(next));
        }
        return advance(next, turn);
    }

    static Ruling timeOut(GameState before) {
        Optional<Instant> deadline = before.clock().deadline();
        if (before.finished() || deadline.isEmpty()) {
            return reject(RejectionCode.GAME_NOT_ACTIVE);
        }
        GameState state = before.withClock(before.clock().elapse(deadline.get()));
        int goer = state.challenge().outPending() ? state.challenge().pending().seat() : -1;
        return leave(state.withChallenge(state.challenge().settled()), state.toMove(), TurnKind.TIMEOUT, goer);
    }

    private static Ruling leave(GameState state, int seat, TurnKind kind, int goer) {
        Turn turn = new Turn(state.turns().size(), seat, kind, List.of(), List.of(), 0, false,
                state.rack(seat).tiles(), "", 0, "", state.score(seat), Optional.empty());
        GameState next = state.withResigned(seat).withScorelessTurns(0);
        if (next.activeSeats() < 2) {
            return Ending.finish(next, turn, Ending.left(kind));
        }
        if (goer >= 0 && !next.resigned(goer)) {
            return Ending.finish(next, turn, Ending.out(next, goer));
        }
        return seat == state.toMove() ? advance(next, turn) : record(next, turn, next.toMove());
    }

    static Ruling advance(GameState state, Turn turn) {
        int seat = state.toMove();
        GameState next = state;
        do {
            seat = (seat + 1) % state.seats();
            if (!next.resigned(seat) && next.challenge().losesTurn(seat)) { // a lost double challenge
                next = next.withChallenge(next.challenge().lostTurn(seat, false));
            } else if (!next.resigned(seat)) {
                break;
            }
        } while (true);
        return record(next, turn, seat);
    }

    static Ruling record(GameState state, Turn turn, int toMove) {
        GameClock clock = state.clock();
        if (turn.kind() != TurnKind.RESIGN && turn.kind() != TurnKind.TIMEOUT && turn.kind() != TurnKind.CHALLENGE
                && turn.kind() != TurnKind.ABANDONED) {
            clock = clock.credit(turn.seat());
        }
        return new Ruling.Accepted(state.withTurn(turn, toMove).withClock(clock.run(toMove)), turn);
    }

    private static List<Placement> inLineOrder(List<Placement> tiles) {
        return tiles.stream()
                .sorted(Comparator.comparingInt(Placement::row).thenComparingInt(Placement::col))
                .toList();
    }

    static Ruling reject(RejectionCode code) {
        return new Ruling.Rejected(Rejection.of(code));
    }
}
