package io.tilecast.play.hosting;

import io.tilecast.journal.EventLog;
import io.tilecast.play.host.PlaySettings;
import java.time.Clock;
import java.time.Duration;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/** Ends games on time without waiting for anyone to ask. */
public final class Timekeeper extends BackgroundLoops {

    private static final Duration TICK = Duration.ofMillis(250);
    private static final int OVERDUE_PER_SWEEP = 100;

    private final HostedGames games;
    private final EventLog log;
    private final String region;
    private final Clock clock;
    private final PlaySettings settings;

    public Timekeeper(HostedGames games, EventLog log, String region, Clock clock, PlaySettings settings) {
        this.games = games;
        this.log = log;
        this.region = region;
        this.clock = clock;
        this.settings = settings;
    }

    Mono<Void> takeOverdueGames() {
        return log.overdue(region, clock.instant(), OVERDUE_PER_SWEEP)
                .concatMap(id -> games.host(id).onErrorResume(LeaseHeldElsewhere.class, e -> Mono.empty()))
                .then();
    }

    @Override
    Disposable loops() {
        return Disposables.composite(
                every(TICK, Mono.fromRunnable(games::keepTime), "time out the players out of time"),
                every(settings.overdueSweep(), takeOverdueGames(), "take over games out of time"));
    }
}
