package io.tilecast.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How player tokens are signed and revoked.
 *
 * @param secret the HMAC key shared by every machine ({@code TILECAST_AUTH_SECRET}): base64 of at
 *     least 32 bytes, or plain text of at least 32 bytes. Empty means a random key for this process
 *     only, which suits a local run and nothing else.
 * @param tokenTtl how long a token (and its cookie) stays valid
 * @param epochRefresh how often this machine asks the primary which players' tokens were revoked:
 *     the longest a revoked token still works on another machine (docs/accounts.md)
 */
@ConfigurationProperties("tilecast.auth")
public record AuthProperties(String secret, @DefaultValue("30d") Duration tokenTtl,
                             @DefaultValue("5s") Duration epochRefresh) {
}
