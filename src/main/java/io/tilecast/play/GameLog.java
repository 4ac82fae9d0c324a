package io.tilecast.play;

import java.util.List;

/** Where a host's changes are recorded before they take effect. */
public interface GameLog {

    /** While a host is rebuilt from its log, its history is replayed, not recorded again. */
    GameLog REPLAYING = (setup, epoch, after, events) -> true;

    /** Accepts the change (and will make it durable) or refuses it: then the change must not happen. */
    boolean record(GameSetup setup, long epoch, Table after, List<LoggedEvent> events);
}
