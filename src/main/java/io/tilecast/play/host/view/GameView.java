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
                       Long claimAfter, Instant turnSince, String unseen) {

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
                presence.claimable(), presence.claimAfter(), turnSince, unseen);
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
