package io.tilecast.account;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The token epoch of every player whose epoch was raised within a token's lifetime, as this machine knows it: a token
 * signed at an older epoch is revoked, but for the one token a password change kept (named by its fingerprint).
 */
@Component
public final class TokenEpochs {

    /** A raise as the primary recorded it; {@code kept} is null when no older token outlives it. */
    public record Raise(int epoch, String kept, Instant at) {
    }

    private final ConcurrentHashMap<String, Raise> known = new ConcurrentHashMap<>();

    boolean accepts(String playerId, int epoch, String fingerprint) {
        Raise raise = known.get(playerId);
        return raise == null || epoch >= raise.epoch() || fingerprint.equals(raise.kept());
    }

    /** The lowest epoch a newly signed token of this player must carry, as far as this machine knows. */
    public int current(String playerId) {
        Raise raise = known.get(playerId);
        return raise == null ? 0 : raise.epoch();
    }

    /** Learns of a raise; an older word never replaces a newer one. */
    public void raised(String playerId, Raise raise) {
        known.merge(playerId, raise, (old, now) -> now.epoch() > old.epoch() ? now : old);
    }

    void forgetBefore(Instant oldest) {
        known.values().removeIf(raise -> raise.at().isBefore(oldest));
    }
}
