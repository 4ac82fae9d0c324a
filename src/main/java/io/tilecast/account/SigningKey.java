package io.tilecast.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.StringUtils;

/** The HMAC key read from {@code tilecast.auth.secret}. */
final class SigningKey {

    static final int MINIMUM_BYTES = 32;

    private static final Log log = LogFactory.getLog(SigningKey.class);

    private SigningKey() {
    }

    static byte[] from(String secret) {
        if (!StringUtils.hasText(secret)) {
            log.warn("tilecast.auth.secret (TILECAST_AUTH_SECRET) is not set: tokens are signed with a random key, "
                    + "so no other machine accepts them and they stop working when this process restarts. "
                    + "Set it to the same secret on every machine.");
            byte[] random = new byte[MINIMUM_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        String text = secret.trim();
        if (text.length() % 4 == 0) {
            try {
                byte[] decoded = Base64.getDecoder().decode(text);
                if (decoded.length >= MINIMUM_BYTES) {
                    return decoded;
                }
            } catch (IllegalArgumentException notBase64) {
                // Then it is meant as plain text.
            }
        }
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        if (plain.length >= MINIMUM_BYTES) {
            return plain;
        }
        throw new IllegalStateException("tilecast.auth.secret (TILECAST_AUTH_SECRET) is too short: give at least "
                + MINIMUM_BYTES + " bytes, as base64 (for example `openssl rand -base64 32`) or as plain text");
    }
}
