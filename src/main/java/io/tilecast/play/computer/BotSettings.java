package io.tilecast.play.computer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How computer opponents play: {@code masterBudget} is the time the master level simulates each move, on
 * {@code masterThreads} threads (default half the cores), in at most {@code masterGames} games at once per process.
 */
@ConfigurationProperties("tilecast.bots")
public record BotSettings(@DefaultValue("1s") Duration thinkTime, @DefaultValue("1s") Duration masterBudget,
                          Integer masterThreads, @DefaultValue("20") int masterGames) {

    public BotSettings {
        if (masterThreads == null || masterThreads < 1) {
            masterThreads = ThinkingPool.halfTheCores();
        }
    }
}
