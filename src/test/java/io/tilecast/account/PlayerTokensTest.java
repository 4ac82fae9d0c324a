package io.tilecast.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PlayerTokensTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    static final Caller.Player ALICE = new Caller.Player("AbCdEfGhIjKlMnOpQr-_", "alice");

    static PlayerTokens at(Instant now) {
        return new PlayerTokens(KEY, Duration.ofDays(30), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void issuedTokenNamesThePlayer() {
        String token = at(NOON).issue(ALICE).token();

        assertThat(token).matches("v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        assertThat(at(NOON).verify(token)).contains(ALICE);
    }

    @Test
    void tokenExpiresAfterItsTimeToLive() {
        PlayerTokens.Issued issued = at(NOON).issue(ALICE);

        assertThat(issued.expiresAt()).isEqualTo(NOON.plus(Duration.ofDays(30)));
        assertThat(at(issued.expiresAt().minusSeconds(1)).verify(issued.token())).contains(ALICE);
        assertThat(at(issued.expiresAt()).verify(issued.token())).isEmpty();
    }

    @Test
    void tokenFromAnotherKeyIsRefused() {
        var other = new PlayerTokens("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8),
                Duration.ofDays(30), Clock.fixed(NOON, ZoneOffset.UTC));

        assertThat(at(NOON).verify(other.issue(ALICE).token())).isEmpty();
    }

    @Test
    void payloadChangedUnderTheSameMacIsRefused() {
        String[] parts = at(NOON).issue(ALICE).token().split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                "AbCdEfGhIjKlMnOpQr-_|mallory|1772366400|1900000000".getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(at(NOON).verify(forged)).isEmpty();
    }

    @Test
    void malformedTokensAreRefused() {
        String good = at(NOON).issue(ALICE).token();

        assertThat(at(NOON).verify(null)).isEmpty();
        assertThat(at(NOON).verify("")).isEmpty();
        assertThat(at(NOON).verify("v1..")).isEmpty();
        assertThat(at(NOON).verify("v1.%%%.%%%")).isEmpty();
        assertThat(at(NOON).verify(good + ".extra")).isEmpty();
        assertThat(at(NOON).verify("v0" + good.substring(2))).isEmpty();
        assertThat(at(NOON).verify(good.repeat(10))).isEmpty();
    }

    @Test
    void base64SecretIsUsedDecoded() {
        byte[] key = new byte[32];
        key[0] = 7;
        String base64 = Base64.getEncoder().encodeToString(key);

        assertThat(SigningKey.from(base64)).isEqualTo(key);
        assertThat(SigningKey.from(" " + base64 + "\n")).isEqualTo(key);
    }

    @Test
    void plainSecretOfThirtyTwoBytesIsUsedAsText() {
        String plain = "correct horse battery staple 123";
        String unpadded = "a-secret-of-at-least-thirty-two-bytes-for-tests";

        assertThat(SigningKey.from(plain)).isEqualTo(plain.getBytes(StandardCharsets.UTF_8));
        assertThat(SigningKey.from(unpadded)).isEqualTo(unpadded.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shortSecretStopsStartUp() {
        assertThatThrownBy(() -> SigningKey.from("short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> SigningKey.from(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void missingSecretGivesARandomKeyPerProcess() {
        assertThat(SigningKey.from("")).hasSize(32).isNotEqualTo(SigningKey.from(null));
    }

    @Test
    void aTokenSignedBeforeItsPlayersEpochWasRaisedIsRevokedButTheKeptOne() {
        TokenEpochs epochs = new TokenEpochs();
        PlayerTokens tokens = new PlayerTokens(KEY, Duration.ofDays(30), Clock.fixed(NOON, ZoneOffset.UTC), epochs);
        String kept = tokens.issue(ALICE, 0).token();
        String other = tokens.issue(ALICE, 0).token();
        assertThat(kept).isNotEqualTo(other);

        epochs.raised(ALICE.id(), new TokenEpochs.Raise(1, PlayerTokens.fingerprint(kept), NOON));

        assertThat(tokens.verify(other)).isEmpty();
        assertThat(tokens.verify(kept)).contains(ALICE);
        assertThat(tokens.verify(tokens.issue(ALICE, 1).token())).contains(ALICE);
        epochs.raised(ALICE.id(), new TokenEpochs.Raise(2, null, NOON));
        assertThat(tokens.verify(kept)).isEmpty();
    }
}
