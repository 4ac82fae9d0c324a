package io.tilecast.play.host.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.Word;
import java.util.List;

/** The answer to an applied move, sent before the move is in PostgreSQL (API.md); {@code phony} only to a challenge. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoveAck(int version, int score, List<Word> words, boolean bingo, String rack, boolean over,
                      Boolean phony) {

    /** The answer to the mover in {@code seat}: their own rack, whichever seat the last turn was (a claim's). */
    public static MoveAck of(int version, GameState after, int seat, boolean challenge) {
        Turn turn = after.turns().getLast();
        return new MoveAck(version, turn.score(), turn.words(), turn.bingo(), after.rack(seat).tiles(), after.finished(),
                challenge ? turn.withdrew() : null);
    }
}
