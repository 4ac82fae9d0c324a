package io.tilecast.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/** Issues and checks the tokens that say who a player is. */
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
    private static final int NONCE_BYTES = 9;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final Duration ttl;
    private final Clock clock;
    private final TokenEpochs epochs;

    @Autowired
    PlayerTokens(AuthProperties properties, TokenEpochs epochs) {
        this(SigningKey.from(properties.secret()), properties.tokenTtl(), Clock.systemUTC(), epochs);
    }

    PlayerTokens(byte[] key, Duration ttl, Clock clock) {
        this(key, ttl, clock, new TokenEpochs());
    }

    PlayerTokens(byte[] key, Duration ttl, Clock clock, TokenEpochs epochs) {
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.ttl = ttl;
        this.clock = clock;
        this.epochs = epochs;
    }

    public Duration ttl() {
        return ttl;
    }

    /** A token for a player whose tokens were never revoked (a new player, say). */
    public Issued issue(Caller.Player player) {
        return issue(player, 0);
    }

    /** A token carrying the player's current token epoch, as read from the primary. */
    public Issued issue(Caller.Player player, int epoch) {
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        String payload = player.id() + "|" + player.name() + "|" + now.getEpochSecond() + "|" + expires.getEpochSecond()
                + "|" + epoch + "|" + ENCODER.encodeToString(nonce);
        String signed = VERSION + "." + ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return new Issued(signed + "." + ENCODER.encodeToString(mac(signed)), expires);
    }

    /** The player a token names, if this deployment signed it, it has not expired and it was not revoked. */
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
            byte[] expected = mac(token.substring(0, token.lastIndexOf('.')));
            if (!MessageDigest.isEqual(presented, expected)) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8).split("\\|", -1);
            if ((fields.length != 4 && fields.length != 6) || fields[0].isEmpty() || fields[1].isEmpty()) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[3]));
            int epoch = fields.length == 6 ? Integer.parseInt(fields[4]) : 0;
            boolean live = clock.instant().isBefore(expires) && epochs.accepts(fields[0], epoch, parts[2]);
            return live ? Optional.of(new Caller.Player(fields[0], fields[1])) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            // Not base64url, or not a number where the expiry belongs (NumberFormatException).
            return Optional.empty();
        }
    }

    /** What names a token among all of its player's: its signature, which no other token shares. */
    public static String fingerprint(String token) {
        int last = token == null ? -1 : token.lastIndexOf('.');
        return last < 0 || token.length() > LONGEST_TOKEN ? null : token.substring(last + 1);
    }

    /** The token a request presents, as {@link CallerFilter} reads it: the Bearer header, else the cookie. */
    public static String presented(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : null;
        }
        HttpCookie cookie = TokenCookie.find(request);
        return cookie == null ? null : cookie.getValue();
    }

    /** A Mac is not thread-safe, so each thread keeps its own: the event loops check a token per request. */
    private byte[] mac(String signed) {
        return macs.get().doFinal(signed.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
