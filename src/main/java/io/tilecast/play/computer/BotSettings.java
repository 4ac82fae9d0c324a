package io.tilecast.play.computer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How computer opponents play, and how much of the machine the master may take (docs/operations.md). */
@ConfigurationProperties("tilecast.bots")
public record BotSettings(@DefaultValue("1s") Duration thinkTime, @DefaultValue("1s") Duration masterBudget,
                          Integer masterThreads, @DefaultValue("20") int masterGames) {

    public BotSettings {
        if (masterThreads == null || masterThreads < 1) {
            masterThreads = ThinkingPool.halfTheCores();
        }
    }
}
