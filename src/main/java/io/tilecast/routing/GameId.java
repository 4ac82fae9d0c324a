package io.tilecast.routing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A game id, {@code {region}-{random}} (for example {@code syd-4fK2pQ9xT7mB1cZ8}): the region
 * where the game was created is written into it, so routing needs no look-up in the common case.
 */
public record GameId(String region, String random) {

    private static final Pattern FORM = Pattern.compile("([a-z0-9]+)-([A-Za-z0-9_-]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 12; // 96 bits, 16 URL-safe characters

    /** A new id for a game created in the given region. */
    public static GameId newIn(String region) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new GameId(region, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The id's parts, or empty when the text has no region part. */
    public static Optional<GameId> parse(String text) {
        var matcher = FORM.matcher(text);
        return matcher.matches() ? Optional.of(new GameId(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return region + "-" + random;
    }
}
