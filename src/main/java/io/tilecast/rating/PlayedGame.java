package io.tilecast.rating;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.game.rules.TimeControl;
import java.time.Instant;
import java.util.List;

/**
 * A finished game in one player's list: the game's summary, the player's seat and {@code result} (win, loss, draw or
 * aborted), every seat's score, the opponents, and for a rated game the change to the player's rating in {@code key}.
 */
public record PlayedGame(String id, String region, String status, int seatCount, List<Seat> seats, String lexicon,
                         Instant createdAt, Instant finishedAt,
                         @JsonInclude(JsonInclude.Include.ALWAYS) TimeControl clock, String challenge,
                         boolean rated, int seat, String result, List<Integer> scores, List<Seat> opponents,
                         int bingos, String key, @JsonInclude(JsonInclude.Include.ALWAYS) Double ratingChange,
                         Double rating) {

    /** A seat of the game: its player and final score. */
    public record Seat(Player player, int score) {
    }

    /** A player as everyone may see them. */
    public record Player(String id, String name) {
    }
}
