package io.tilecast.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one player and one client address may do on this process ({@code tilecast.limits.*}).
 * A rate is written {@code requests/period}: that many at once, then that many per period. A
 * request from a player counts against the player and against its address; an address stands for
 * everyone behind it (a school, an office, a mobile carrier), so its limits are the looser ones.
 *
 * @param enabled              whether requests are limited at all
 * @param registerPerAddress   registrations from one address
 * @param createPerPlayer      games one player creates
 * @param createPerAddress     games created from one address
 * @param commandsPerPlayer    joins, starts and moves of one player
 * @param commandsPerAddress   joins, starts and moves from one address
 * @param streamsPerPlayer     live streams one player opens
 * @param streamsPerAddress    live streams opened from one address
 * @param openStreamsPerPlayer live streams one player holds open at once
 * @param openStreamsPerAddress live streams held open at once from one address
 * @param maxKeys              players or addresses each rate limit tracks at once; a new key beyond
 *                             makes room (refilled buckets go, then the tenth least lately used)
 * @param signInPerAddress     sign-ins (right or wrong) from one address: guessing passwords is slow
 */
@ConfigurationProperties("tilecast.limits")
public record LimitSettings(@DefaultValue("true") boolean enabled,
                            @DefaultValue("300/1h") Rate registerPerAddress,
                            @DefaultValue("30/1h") Rate createPerPlayer,
                            @DefaultValue("600/1h") Rate createPerAddress,
                            @DefaultValue("300/1m") Rate commandsPerPlayer,
                            @DefaultValue("6000/1m") Rate commandsPerAddress,
                            @DefaultValue("120/1m") Rate streamsPerPlayer,
                            @DefaultValue("1200/1m") Rate streamsPerAddress,
                            @DefaultValue("100") int openStreamsPerPlayer,
                            @DefaultValue("1000") int openStreamsPerAddress,
                            @DefaultValue("100000") int maxKeys,
                            @DefaultValue("20/10m") Rate signInPerAddress) {

    public LimitSettings {
        if (openStreamsPerPlayer < 1 || openStreamsPerAddress < 1 || maxKeys < 1) {
            throw new IllegalArgumentException(
                    "tilecast.limits.open-streams-per-player, open-streams-per-address and max-keys must be at least 1");
        }
    }
}
