package io.tilecast.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How much one player and one client address may do on this process ({@code tilecast.limits.*}). */
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
                            @DefaultValue("20/10m") Rate signInPerAddress,
                            @DefaultValue("10/10m") Rate signInPerAccount,
                            @DefaultValue("5/10m") Rate passwordPerPlayer,
                            @DefaultValue("20/10m") Rate passwordPerAddress) {

    public LimitSettings {
        if (openStreamsPerPlayer < 1 || openStreamsPerAddress < 1 || maxKeys < 1) {
            throw new IllegalArgumentException(
                    "tilecast.limits.open-streams-per-player, open-streams-per-address and max-keys must be at least 1");
        }
    }
}
