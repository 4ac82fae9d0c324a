package io.tilecast.web;

import io.tilecast.play.MoveCommand;
import java.util.List;

/** Request bodies of the game routes, as clients send them (API.md). */
final class GameRequests {

    private GameRequests() {
    }

    /** {@code POST /api/games}: seats 2–4 (default 2), an optional lexicon name, an optional bot to play. */
    record Create(Integer seats, String lexicon, String opponent) {
    }

    /** {@code POST /api/games/{id}/moves}: a move plus the version the client saw. */
    record Move(String type, Integer version, List<MoveCommand.TileCommand> tiles, String letters) {

        MoveCommand command() {
            return new MoveCommand(type, tiles, letters);
        }
    }
}
