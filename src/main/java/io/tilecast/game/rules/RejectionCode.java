package io.tilecast.game.rules;

/** Every reason a command is refused, rules to API, with its status, stable code and detail (API.md). */
public enum RejectionCode {
    BAD_MOVE(400, "bad-move", "That is not a move."),
    GAME_NOT_ACTIVE(409, "game-not-active", "The game is not being played: it has not started or is over."),
    NOT_YOUR_TURN(409, "not-your-turn", "It is another seat's turn."),
    OFF_BOARD(422, "off-board", "A tile is off the board."),
    OCCUPIED(422, "occupied", "A square is already taken."),
    NOT_IN_LINE(422, "not-in-line", "The tiles are not in one row or one column."),
    GAP(422, "gap", "The tiles leave a gap."),
    FIRST_MOVE_CENTER(422, "first-move-center", "The first play must cover the centre square."),
    TOO_FEW_TILES(422, "too-few-tiles", "The first play needs at least two tiles."),
    NOT_CONNECTED(422, "not-connected", "The play does not touch any tile on the board."),
    NOT_IN_RACK(422, "not-in-rack", "Those tiles are not on your rack."),
    BAG_TOO_SMALL(422, "bag-too-small", "Exchanges need at least seven tiles in the bag."),
    INVALID_WORD(422, "invalid-word", "Not in the lexicon."),

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
    NOTHING_TO_CHALLENGE(409, "nothing-to-challenge", "There is no play you may challenge now."),
    FINAL_PASS_EXPECTED(409, "final-pass-expected", "The last play went out: pass to end the game, or challenge it."),
    INVALID_CHALLENGE(400, "invalid-challenge",
            "The challenge rule is one of void, single, double, five-point or ten-point."),
    TOO_LATE_TO_ABORT(409, "too-late-to-abort", "Every seat has taken a turn: the game can no longer be aborted."),
    OPPONENT_PRESENT(409, "opponent-present",
            "The player to move is still here, or has not been away long enough to claim the game."),
    CANNOT_NUDGE(409, "cannot-nudge", "Only another player of an untimed game can nudge the player to move."),
    NUDGE_TOO_SOON(409, "nudge-too-soon", "You nudged this game's player to move less than a day ago."),
    INVALID_GCG(400, "invalid-gcg", "That is not a GCG record Tilecast can read."),
    GCG_SCORES_DISAGREE(422, "gcg-scores-disagree", "The record's scores differ from the scores its plays make."),
    INVALID_TURN(400, "invalid-turn", "The turn is a number from 0 to the number of turns the game had."),
    GAME_NOT_FINISHED(409, "game-not-finished", "The game is still being played: its turns are shown once it is over."),

    INVALID_CHAT(400, "invalid-chat",
            "A chat message is 1 to 300 characters after trimming, without control characters."),
    CHAT_CLOSED(409, "game-not-active", "The game is over: its chat is closed.");

    private final int status;
    private final String code;
    private final String detail;

    RejectionCode(int status, String code, String detail) {
        this.status = status;
        this.code = code;
        this.detail = detail;
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
