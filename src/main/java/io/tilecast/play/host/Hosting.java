package io.tilecast.play.host;

import java.time.Clock;

/** What every host of this process is made with. */
public record Hosting(PlaySettings settings, PlayMeters meters, Clock clock) {

    /** A host for {@code table}, holding {@code history} for watchers who resume, writing to {@code log}. */
    public GameHost host(Table table, java.util.List<GameEvent> history, long epoch, GameLog log) {
        return new GameHost(table, history, epoch, log, settings, meters, clock);
    }
}
