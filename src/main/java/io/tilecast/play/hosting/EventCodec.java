package io.tilecast.play.hosting;

import io.tilecast.game.rules.Move;
import io.tilecast.journal.StoredEvent;
import io.tilecast.play.host.Change;
import io.tilecast.play.host.LoggedEvent;
import io.tilecast.play.host.MoveCommand;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a logged event's change, as {@code game_events.payload} holds it. */
public final class EventCodec {

    private final JsonMapper json;

    public EventCodec(JsonMapper json) {
        this.json = json;
    }

    public String payload(Change change) {
        return json.writeValueAsString(change instanceof Change.Moved moved
                ? new StoredMove(moved.seat(), MoveCommand.of(moved.move()), moved.score())
                : change);
    }

    /** @throws IllegalStateException for a type this server does not know or a payload it cannot read */
    public LoggedEvent read(StoredEvent stored) {
        Change.Kind kind = Change.Kind.named(stored.type()).orElseThrow(() -> new IllegalStateException(
                "Game " + stored.gameId() + " version " + stored.version() + " has unknown type " + stored.type()));
        Change change = kind == Change.Kind.MOVED
                ? json.readValue(stored.payloadJson(), StoredMove.class).change(stored)
                : json.readValue(stored.payloadJson(), kind.record());
        return new LoggedEvent(stored.version(), stored.at(), change);
    }

    /** Not private: Blackbird, which makes records without reflection, leaves private classes to Jackson. */
    record StoredMove(int seat, MoveCommand move, int score) {

        Change.Moved change(StoredEvent stored) {
            Move parsed = move.toMove().orElseThrow(() -> new IllegalStateException("Game " + stored.gameId()
                    + " has an unreadable move at version " + stored.version()));
            return new Change.Moved(seat, parsed, score);
        }
    }
}
