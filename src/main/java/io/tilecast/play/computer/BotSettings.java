package io.tilecast.play.computer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How computer opponents play.
 *
 * @param thinkTime how long a bot waits before its move once its turn comes, so that a person sees
 *                  their own move land first
 */
@ConfigurationProperties("tilecast.bots")
public record BotSettings(@DefaultValue("1s") Duration thinkTime) {
}
