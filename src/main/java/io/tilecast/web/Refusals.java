package io.tilecast.web;

import io.tilecast.play.Outcome;
import io.tilecast.play.Refusal;
import io.tilecast.problem.ApiProblem;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** How a host's refusal reaches the client: the API's status for each code (API.md), 422 for the rules' own. */
final class Refusals {

    private static final Map<String, HttpStatus> STATUS = Map.ofEntries(
            Map.entry("not-your-turn", HttpStatus.CONFLICT),
            Map.entry("game-not-active", HttpStatus.CONFLICT),
            Map.entry("stale-version", HttpStatus.CONFLICT),
            Map.entry("game-full", HttpStatus.CONFLICT),
            Map.entry("already-seated", HttpStatus.CONFLICT),
            Map.entry("game-started", HttpStatus.CONFLICT),
            Map.entry("not-enough-players", HttpStatus.CONFLICT),
            Map.entry("too-many-waiting-games", HttpStatus.CONFLICT),
            Map.entry("not-seated", HttpStatus.FORBIDDEN),
            Map.entry("not-creator", HttpStatus.FORBIDDEN),
            Map.entry("bad-move", HttpStatus.BAD_REQUEST),
            Map.entry("journal-full", HttpStatus.SERVICE_UNAVAILABLE),
            Map.entry("host-unavailable", HttpStatus.SERVICE_UNAVAILABLE));

    private static final Map<String, String> DETAIL = Map.ofEntries(
            Map.entry("not-your-turn", "It is another seat's turn."),
            Map.entry("game-not-active", "The game is not being played: it has not started or is over."),
            Map.entry("stale-version", "The game has moved on since the version you sent; fetch it again."),
            Map.entry("game-full", "Every seat is taken."),
            Map.entry("already-seated", "You already have a seat in this game."),
            Map.entry("game-started", "The game has already started."),
            Map.entry("not-enough-players", "A game needs at least two players to start."),
            Map.entry("too-many-waiting-games", "You already sit in as many games waiting to start as a player may;"
                    + " start or leave one first."),
            Map.entry("not-seated", "You have no seat in this game."),
            Map.entry("not-creator", "Only the player who created the game can start it."),
            Map.entry("journal-full", "The server cannot record more moves right now; try again shortly."),
            Map.entry("host-unavailable", "This game's host is handing it over; try again shortly."),
            Map.entry("off-board", "A tile is off the board."),
            Map.entry("occupied", "A square is already taken."),
            Map.entry("not-in-line", "The tiles are not in one row or one column."),
            Map.entry("gap", "The tiles leave a gap."),
            Map.entry("not-connected", "The play does not touch any tile on the board."),
            Map.entry("first-move-center", "The first play must cover the centre square."),
            Map.entry("too-few-tiles", "The first play needs at least two tiles."),
            Map.entry("not-in-rack", "Those tiles are not on your rack."),
            Map.entry("invalid-word", "Not in the lexicon."),
            Map.entry("bag-too-small", "Exchanges need at least seven tiles in the bag."),
            Map.entry("bad-move", "That is not a move."));

    private Refusals() {
    }

    static ApiProblem problem(Refusal refusal) {
        HttpStatus status = STATUS.getOrDefault(refusal.code(), HttpStatus.UNPROCESSABLE_CONTENT);
        ApiProblem problem = new ApiProblem(status, refusal.code(), DETAIL.getOrDefault(refusal.code(), refusal.code()));
        if (!refusal.words().isEmpty()) {
            problem.with("words", refusal.words());
        }
        return problem;
    }

    /** The value when done; the refusal as a problem otherwise. */
    static <T> T orThrow(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Refused<T> refused -> throw problem(refused.refusal());
        };
    }
}
