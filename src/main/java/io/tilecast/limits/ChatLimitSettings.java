package io.tilecast.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often one player and one client address may chat and report ({@code tilecast.limits.chat.*}). */
@ConfigurationProperties("tilecast.limits.chat")
public record ChatLimitSettings(@DefaultValue("10/30s") Rate perPlayer,
                                @DefaultValue("60/30s") Rate perAddress,
                                @DefaultValue("10/1h") Rate reportsPerPlayer,
                                @DefaultValue("30/1h") Rate reportsPerAddress) {
}
