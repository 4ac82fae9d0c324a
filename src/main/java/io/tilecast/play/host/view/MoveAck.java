package io.tilecast.play.host.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.game.rules.Word;
import java.util.List;

/** The answer to an applied move, sent before the move is in PostgreSQL (API.md); {@code phony} only to a challenge. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoveAck(int version, int score, List<Word> words, boolean bingo, String rack, boolean over,
                      Boolean phony) {
}
