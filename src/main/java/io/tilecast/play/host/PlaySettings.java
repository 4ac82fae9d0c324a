package io.tilecast.play.host;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How game hosts behave.
 *
 * @param resumeBuffer   events each game keeps so a reconnecting client resumes without a snapshot
 * @param watcherBuffer  events buffered for one watcher, beyond its backlog, before it is cut off as
 *                       too slow
 * @param heartbeat      how often an idle stream gets a {@code : ping} comment (fly closes idle
 *                       connections after 60 s)
 * @param leaseTtl       how long a host's claim on a game lasts without renewal
 * @param leaseMargin    how long before its lease runs out a host stops acting on it: room for clock
 *                       drift and for a command already under way
 * @param finishedLinger how long a finished game stays in memory after its {@code ended} event
 * @param idleAfter      how long a game with no command and no watcher stays in memory
 * @param waitingGames   how many games waiting to start one player may sit in at once (on one machine)
 * @param moveLimit      in an untimed game, how long the player to move has before they time out
 * @param overdueSweep   how often this machine looks in the database for games of its region whose
 *                       player to move ran out of time while no machine hosted them
 * @param lobbyRead      how often this machine reads the lobby for the pages that follow it live
 */
@ConfigurationProperties("tilecast.play")
public record PlaySettings(@DefaultValue("256") int resumeBuffer, @DefaultValue("256") int watcherBuffer,
                           @DefaultValue("15s") Duration heartbeat, @DefaultValue("30s") Duration leaseTtl,
                           @DefaultValue("5s") Duration leaseMargin, @DefaultValue("10s") Duration finishedLinger,
                           @DefaultValue("10m") Duration idleAfter, @DefaultValue("10") int waitingGames,
                           @DefaultValue("72h") Duration moveLimit, @DefaultValue("10s") Duration overdueSweep,
                           @DefaultValue("1s") Duration lobbyRead) {

    public PlaySettings {
        if (leaseMargin.compareTo(leaseTtl) >= 0) {
            throw new IllegalArgumentException("tilecast.play.lease-margin (" + leaseMargin
                    + ") must be shorter than tilecast.play.lease-ttl (" + leaseTtl + ")");
        }
    }

    /** How long a host acts on a lease after the renewal (or claim) that granted it began. */
    public Duration leaseTerm() {
        return leaseTtl.minus(leaseMargin);
    }
}
