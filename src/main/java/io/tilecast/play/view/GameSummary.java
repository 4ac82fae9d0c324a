package io.tilecast.play.view;

import io.tilecast.play.PlayerRef;
import java.time.Instant;
import java.util.List;

/** A game as the lobby lists it: who sits where, with their scores, and how far it has got. */
public record GameSummary(String id, String region, String status, int seatCount, List<SeatSummary> seats,
                          String createdBy, String lexicon, int version, Instant createdAt, Instant finishedAt) {

    /** One taken seat. */
    public record SeatSummary(PlayerRef player, int score) {
    }
}
