package io.tilecast.game.rules;

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
        state = state.withClock(state.clock().elapse(at)); // the running clock is charged up to the move
        return switch (move) {
            case Move.Place place -> place(state, seat, inLineOrder(place.tiles()));
            case Move.Exchange exchange -> exchange(state, seat, exchange.letters());
            case Move.Pass pass -> scoreless(state, seat, TurnKind.PASS, "", "", state.bag(), state.rack(seat));
            case Move.Resign resign -> resign(state, seat);
            case Move.Abort abort -> abort(state, seat);
            case Move.Claim claim -> seat == state.toMove() ? reject(RejectionCode.OPPONENT_PRESENT)
                    : leave(state, state.toMove(), TurnKind.ABANDONED);
        };
    }

    private static boolean outOfTurn(Move move) {
        return move instanceof Move.Resign || move instanceof Move.Abort || move instanceof Move.Claim;
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
        Judgement judgement = Referee.score(state.board(), tiles, state.lexicon()); // placement checked above
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
        if (after.isEmpty() && draw.bag().isEmpty()) {
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

    private static Ruling resign(GameState state, int seat) {
        return leave(state, seat, TurnKind.RESIGN);
    }

    static Ruling timeOut(GameState before) {
        Optional<Instant> deadline = before.clock().deadline();
        if (before.finished() || deadline.isEmpty()) {
            return reject(RejectionCode.GAME_NOT_ACTIVE);
        }
        GameState state = before.withClock(before.clock().elapse(deadline.get()));
        return leave(state, state.toMove(), TurnKind.TIMEOUT);
    }

    private static Ruling leave(GameState state, int seat, TurnKind kind) {
        Turn turn = new Turn(state.turns().size(), seat, kind, List.of(), List.of(), 0, false,
                state.rack(seat).tiles(), "", 0, "", state.score(seat), Optional.empty());
        GameState next = state.withResigned(seat).withScorelessTurns(0);
        if (next.activeSeats() < 2) {
            return Ending.finish(next, turn, Ending.left(kind));
        }
        return seat == state.toMove() ? advance(next, turn) : record(next, turn, next.toMove());
    }

    private static Ruling advance(GameState state, Turn turn) {
        int seat = state.toMove();
        do {
            seat = (seat + 1) % state.seats();
        } while (state.resigned(seat));
        return record(state, turn, seat);
    }

    private static Ruling record(GameState state, Turn turn, int toMove) {
        GameClock clock = state.clock();
        if (turn.kind() != TurnKind.RESIGN && turn.kind() != TurnKind.TIMEOUT && turn.kind() != TurnKind.ABANDONED) {
            clock = clock.credit(turn.seat());
        }
        return new Ruling.Accepted(state.withTurn(turn, toMove).withClock(clock.run(toMove)), turn);
    }

    private static List<Placement> inLineOrder(List<Placement> tiles) {
        return tiles.stream()
                .sorted(Comparator.comparingInt(Placement::row).thenComparingInt(Placement::col))
                .toList();
    }

    private static Ruling reject(RejectionCode code) {
        return new Ruling.Rejected(Rejection.of(code));
    }
}
