package io.tilecast.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the tokens that say who a player is. A token carries the player's id and name
 * and is signed with HMAC-SHA256, so every machine in every region can check it without reading
 * the database: {@code v1.<base64url payload>.<base64url mac>}, the payload being
 * {@code id|name|issued-at|expires-at} (epoch seconds). Ids and names never contain {@code |}.
 */
@Component
public final class PlayerTokens {

    /** A token and when it stops being accepted. */
    public record Issued(String token, Instant expiresAt) {
    }

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int LONGEST_TOKEN = 512;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    @Autowired
    PlayerTokens(AuthProperties properties) {
        this(SigningKey.from(properties.secret()), properties.tokenTtl(), Clock.systemUTC());
    }

    PlayerTokens(byte[] key, Duration ttl, Clock clock) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.ttl = ttl;
        this.clock = clock;
    }

    public Duration ttl() {
        return ttl;
    }

    public Issued issue(Caller.Player player) {
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        String payload = player.id() + "|" + player.name() + "|" + now.getEpochSecond() + "|" + expires.getEpochSecond();
        String signed = VERSION + "." + ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return new Issued(signed + "." + ENCODER.encodeToString(mac(signed)), expires);
    }

    /** The player a token names, if this deployment signed it and it has not expired. */
    public Optional<Caller.Player> verify(String token) {
        if (token == null || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            byte[] presented = DECODER.decode(parts[2]);
            byte[] expected = mac(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(presented, expected)) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8).split("\\|", -1);
            if (fields.length != 4 || fields[0].isEmpty() || fields[1].isEmpty()) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[3]));
            return clock.instant().isBefore(expires) ? Optional.of(new Caller.Player(fields[0], fields[1])) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            // Not base64url, or not a number where the expiry belongs (NumberFormatException).
            return Optional.empty();
        }
    }

    private byte[] mac(String signed) {
        try {
            // A Mac is not thread-safe; making one per token costs about a microsecond.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
