package io.tilecast.game;

/** Why a move was refused, with the stable kebab-case code of the HTTP API. */
public enum RejectionCode {
    /** The move is malformed: no tiles, two tiles on one square, a letter outside A–Z, a bad exchange, no such seat. */
    BAD_MOVE("bad-move"),
    GAME_NOT_ACTIVE("game-not-active"),
    NOT_YOUR_TURN("not-your-turn"),
    OFF_BOARD("off-board"),
    OCCUPIED("occupied"),
    NOT_IN_LINE("not-in-line"),
    GAP("gap"),
    FIRST_MOVE_CENTER("first-move-center"),
    TOO_FEW_TILES("too-few-tiles"),
    NOT_CONNECTED("not-connected"),
    NOT_IN_RACK("not-in-rack"),
    BAG_TOO_SMALL("bag-too-small"),
    INVALID_WORD("invalid-word");

    private final String code;

    RejectionCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
