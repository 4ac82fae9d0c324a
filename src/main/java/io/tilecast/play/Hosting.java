package io.tilecast.play;

import java.time.Clock;

/** What every host of this process is made with. */
public record Hosting(PlaySettings settings, PlayMeters meters, Clock clock) {

    /** A host for {@code table}, holding {@code history} for watchers who resume, writing to {@code log}. */
    GameHost host(Table table, java.util.List<GameEvent> history, long epoch, GameLog log) {
        return new GameHost(table, history, epoch, log, settings, meters, clock);
    }

    GameHost host(GameRebuild.Rebuilt rebuilt, long epoch, GameLog log) {
        return host(rebuilt.table(), rebuilt.shown(), epoch, log);
    }
}
