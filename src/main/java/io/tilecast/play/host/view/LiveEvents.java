package io.tilecast.play.host.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.ReconnectReason;
import java.time.Instant;
import java.util.List;

/** The data of the live events (API.md "Live events"), each built for one viewer. */
public final class LiveEvents {

    private LiveEvents() {
    }

    /** A player took a seat. */
    public record Joined(int version, int seat, PlayerRef player) {
    }

    /** A move was applied (or a seat timed out). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Moved(int version, MoveView move, List<Integer> scores, List<Integer> rackSizes, int bag, int turn,
                        List<String> board, String rack, ClockView clock, Integer pending, Instant turnSince,
                        String unseen) {
    }

    /** A play was challenged: {@code words} are its phonies (empty when valid); {@code rack} only to {@code seat}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Challenged(int version, int by, int seat, boolean phony, List<String> words, int bonus,
                             List<Integer> scores, List<Integer> rackSizes, int bag, int turn, List<String> board,
                             String rack, ClockView clock, MoveView move, String unseen) {
    }

    /** The game is over; the clocks have stopped ({@code clock} is absent in an untimed game). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ended(int version, ResultView result, ClockView clock) {
    }

    /** The server is closing this stream; reconnect with Last-Event-ID. */
    public record Reconnect(int version, ReconnectReason reason) {
    }

    /** Seat {@code by} reminded seat {@code seat}, whose turn it is, at {@code at}; it may again from {@code next}. */
    public record Nudged(int by, int seat, Instant at, Instant next) {
    }

    /** Which seats have a stream on the host, since when the others are away, and who may be claimed against. */
    public record Presence(List<Boolean> present, List<Instant> awaySince, List<Boolean> claimable, long claimAfter) {

        public Presence seated(int seats) {
            return new Presence(present.subList(0, seats), awaySince.subList(0, seats), claimable.subList(0, seats),
                    claimAfter);
        }
    }

    /** The creator called the game off before it started. */
    public record Cancelled(int version) {
    }
}
