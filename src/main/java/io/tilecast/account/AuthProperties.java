package io.tilecast.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How player tokens are signed.
 *
 * @param secret the HMAC key shared by every machine ({@code TILECAST_AUTH_SECRET}): base64 of at
 *     least 32 bytes, or plain text of at least 32 bytes. Empty means a random key for this process
 *     only, which suits a local run and nothing else.
 * @param tokenTtl how long a token (and its cookie) stays valid
 */
@ConfigurationProperties("tilecast.auth")
public record AuthProperties(String secret, @DefaultValue("30d") Duration tokenTtl) {
}
