package io.tilecast.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How player tokens are signed and revoked. */
@ConfigurationProperties("tilecast.auth")
public record AuthProperties(String secret, @DefaultValue("30d") Duration tokenTtl,
                             @DefaultValue("5s") Duration epochRefresh) {
}
