package io.tilecast.play.computer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How computer opponents play; {@code masterBudget} is the time the master level simulates each move. */
@ConfigurationProperties("tilecast.bots")
public record BotSettings(@DefaultValue("1s") Duration thinkTime, @DefaultValue("1s") Duration masterBudget) {
}
