package io.tilecast.play.host.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.play.host.PlayerRef;
import java.util.List;

/** A game as one viewer may see it (API.md "the game view"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameView(String id, String region, String status, int version, int turn, int bag,
                       String createdBy, int seatCount, String lexicon, List<String> board, List<SeatView> seats,
                       String rack, List<MoveView> moves, ResultView result, ClockView clock, String challenge,
                       Integer pending) {

    /** A seat at the table: who sits there and what anyone may know of them. */
    public record SeatView(PlayerRef player, int score, int rackSize, boolean resigned) {
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
