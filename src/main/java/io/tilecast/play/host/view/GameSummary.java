package io.tilecast.play.host.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.host.PlayerRef;
import java.time.Instant;
import java.util.List;

/**
 * A game as the lobby lists it: who sits where, with their scores, how far it has got, and its time control ({@code
 * clock}, null for an untimed game), and for a rematch the game it follows ({@code rematchOf}, absent otherwise).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GameSummary(String id, String region, String status, int seatCount, List<SeatSummary> seats,
                          String createdBy, String lexicon, int version, Instant createdAt,
                          @JsonInclude(JsonInclude.Include.ALWAYS) Instant finishedAt,
                          @JsonInclude(JsonInclude.Include.ALWAYS) TimeControl clock, String rematchOf,
                          String challenge, Boolean rated) {

    /** One taken seat. */
    public record SeatSummary(PlayerRef player, int score) {
    }
}
