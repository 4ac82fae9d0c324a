package io.tilecast.play.host;

import java.time.Clock;
import java.util.function.Predicate;

/** What every host of this process is made with; {@code attended}: the players this process plays itself (bots). */
public record Hosting(PlaySettings settings, PlayMeters meters, Clock clock, Predicate<String> attended) {

    public Hosting(PlaySettings settings, PlayMeters meters, Clock clock) {
        this(settings, meters, clock, player -> false);
    }

    /** A host for {@code table}, holding {@code history} for watchers who resume, writing to {@code log}. */
    public GameHost host(Table table, java.util.List<GameEvent> history, long epoch, GameLog log) {
        return new GameHost(table, history, epoch, log, settings, meters, clock, attended);
    }
}
