package io.tilecast.play.host;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How game hosts behave; {@code dealSeed}, for load tests that replay a prepared game only, deals every game alike. */
@ConfigurationProperties("tilecast.play")
public record PlaySettings(@DefaultValue("256") int resumeBuffer, @DefaultValue("256") int watcherBuffer,
                           @DefaultValue("15s") Duration heartbeat, @DefaultValue("30s") Duration leaseTtl,
                           @DefaultValue("5s") Duration leaseMargin, @DefaultValue("10s") Duration finishedLinger,
                           @DefaultValue("10m") Duration idleAfter, @DefaultValue("10") int waitingGames,
                           @DefaultValue("72h") Duration moveLimit, @DefaultValue("10s") Duration overdueSweep,
                           @DefaultValue("1s") Duration lobbyRead, @DefaultValue("60s") Duration claimAfter,
                           @DefaultValue("5s") Duration presenceGrace, Long dealSeed) {

    public PlaySettings {
        if (leaseMargin.compareTo(leaseTtl) >= 0) {
            throw new IllegalArgumentException("tilecast.play.lease-margin (" + leaseMargin
                    + ") must be shorter than tilecast.play.lease-ttl (" + leaseTtl + ")");
        }
    }

    /** The seed of a new game's deal: {@code random}'s next, unless {@code dealSeed} is set. */
    public long deal(java.util.random.RandomGenerator random) {
        return dealSeed == null ? random.nextLong() : dealSeed;
    }

    /** How long a host acts on a lease after the renewal (or claim) that granted it began. */
    public Duration leaseTerm() {
        return leaseTtl.minus(leaseMargin);
    }
}
