package io.tilecast.play.host.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.play.host.PlayerRef;
import java.time.Instant;
import java.util.List;

/** A game as one viewer may see it (API.md "the game view"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameView(String id, String region, String status, int version, int turn, int bag,
                       String createdBy, int seatCount, String lexicon, List<String> board, List<SeatView> seats,
                       String rack, List<MoveView> moves, ResultView result, ClockView clock, String challenge,
                       Integer pending, List<Boolean> present, List<Instant> awaySince, List<Boolean> claimable,
                       Long claimAfter, Instant turnSince, Boolean rated, List<RatingChange> ratings,
                       Boolean imported, Integer at, List<String> racks, String unseen) {

    /** A seat at the table; {@code out} is why it left the game (resigned, timeout, abandoned), or null. */
    public record SeatView(PlayerRef player, int score, int rackSize, boolean resigned, String out) {

        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Override
        public String out() {
            return out;
        }
    }

    public GameView with(LiveEvents.Presence presence) {
        return new GameView(id, region, status, version, turn, bag, createdBy, seatCount, lexicon, board, seats,
                rack, moves, result, clock, challenge, pending, presence.present(), presence.awaySince(),
                presence.claimable(), presence.claimAfter(), turnSince, rated, ratings, imported, at, racks, unseen);
    }

    /** The same view with each seat's rating change, once the game is rated. */
    public GameView with(List<RatingChange> changes) {
        return new GameView(id, region, status, version, turn, bag, createdBy, seatCount, lexicon, board, seats,
                rack, moves, result, clock, challenge, pending, present, awaySince, claimable, claimAfter, turnSince,
                rated, changes.isEmpty() ? null : changes, imported, at, racks, unseen);
    }

    /** The view of a finished game as it stood before turn {@code at}, with every seat's rack then. */
    public GameView atTurn(int at, List<String> board, List<SeatView> seats, int toMove, int bag, List<String> racks,
                           ResultView result) {
        return new GameView(id, region, status, version, toMove, bag, createdBy, seatCount, lexicon, board, seats,
                null, moves, result, clock, challenge, pending, present, awaySince, claimable, claimAfter, turnSince,
                rated, ratings, imported, at, racks, unseen);
    }

    @Override
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public ResultView result() {
        return result;
    }

    @Override
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public ClockView clock() {
        return clock;
    }
}
