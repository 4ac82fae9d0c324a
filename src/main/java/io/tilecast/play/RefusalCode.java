package io.tilecast.play;

import io.tilecast.game.RejectionCode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every reason a command can be refused, with the API's status, stable code and detail (API.md) in one
 * table. The rules' own reasons answer with their {@link RejectionCode}'s code, so no code is written twice.
 * The status is a plain number so that hosts stay free of HTTP types.
 */
public enum RefusalCode {
    GAME_FULL(409, "game-full", "Every seat is taken."),
    ALREADY_SEATED(409, "already-seated", "You already have a seat in this game."),
    GAME_STARTED(409, "game-started", "The game has already started."),
    NOT_ENOUGH_PLAYERS(409, "not-enough-players", "A game needs at least two players to start."),
    TOO_MANY_WAITING_GAMES(409, "too-many-waiting-games",
            "You already sit in as many games waiting to start as a player may; start or leave one first."),
    STALE_VERSION(409, "stale-version", "The game has moved on since the version you sent; fetch it again."),
    NOT_SEATED(403, "not-seated", "You have no seat in this game."),
    NOT_CREATOR(403, "not-creator", "Only the player who created the game can start it."),
    JOURNAL_FULL(503, "journal-full", "The server cannot record more moves right now; try again shortly."),
    HOST_UNAVAILABLE(503, "host-unavailable", "This game's host is handing it over; try again shortly."),

    BAD_MOVE(400, RejectionCode.BAD_MOVE, "That is not a move."),
    GAME_NOT_ACTIVE(409, RejectionCode.GAME_NOT_ACTIVE, "The game is not being played: it has not started or is over."),
    NOT_YOUR_TURN(409, RejectionCode.NOT_YOUR_TURN, "It is another seat's turn."),
    OFF_BOARD(422, RejectionCode.OFF_BOARD, "A tile is off the board."),
    OCCUPIED(422, RejectionCode.OCCUPIED, "A square is already taken."),
    NOT_IN_LINE(422, RejectionCode.NOT_IN_LINE, "The tiles are not in one row or one column."),
    GAP(422, RejectionCode.GAP, "The tiles leave a gap."),
    FIRST_MOVE_CENTER(422, RejectionCode.FIRST_MOVE_CENTER, "The first play must cover the centre square."),
    TOO_FEW_TILES(422, RejectionCode.TOO_FEW_TILES, "The first play needs at least two tiles."),
    NOT_CONNECTED(422, RejectionCode.NOT_CONNECTED, "The play does not touch any tile on the board."),
    NOT_IN_RACK(422, RejectionCode.NOT_IN_RACK, "Those tiles are not on your rack."),
    BAG_TOO_SMALL(422, RejectionCode.BAG_TOO_SMALL, "Exchanges need at least seven tiles in the bag."),
    INVALID_WORD(422, RejectionCode.INVALID_WORD, "Not in the lexicon.");

    private static final Map<RejectionCode, RefusalCode> BY_REJECTION = new EnumMap<>(RejectionCode.class);

    static {
        Arrays.stream(values()).filter(refusal -> refusal.rejection != null)
                .forEach(refusal -> BY_REJECTION.put(refusal.rejection, refusal));
    }

    private final int status;
    private final String code;
    private final RejectionCode rejection;
    private final String detail;

    RefusalCode(int status, String code, String detail) {
        this(status, code, null, detail);
    }

    RefusalCode(int status, RejectionCode rejection, String detail) {
        this(status, rejection.code(), rejection, detail);
    }

    RefusalCode(int status, String code, RejectionCode rejection, String detail) {
        this.status = status;
        this.code = code;
        this.rejection = rejection;
        this.detail = detail;
    }

    /** The refusal for a rule's rejection; every {@link RejectionCode} has one (checked by RefusalCodeTest). */
    public static RefusalCode of(RejectionCode rejection) {
        return BY_REJECTION.get(rejection);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
