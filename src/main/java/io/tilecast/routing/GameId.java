package io.tilecast.routing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A game id, {@code {region}-{random}.{machine}} ({@code syd-4fK2pQ9xT7mB1cZ8.148ed726c52389}): where and by which
 * machine the game was created (docs/routing.md).
 */
public record GameId(String region, String random, Optional<String> machine) {

    private static final Pattern FORM = Pattern.compile("([a-z0-9]{1,16})-([A-Za-z0-9_-]{16})(?:\\.([A-Za-z0-9-]{1,63}))?");
    private static final Pattern MACHINE = Pattern.compile("[A-Za-z0-9-]{1,63}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 12; // 96 bits, 16 URL-safe characters

    /** A new id for a game created by the given machine of the given region. */
    public static GameId newIn(String region, String machineId) {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new GameId(region, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                Optional.ofNullable(machineId).filter(id -> MACHINE.matcher(id).matches()));
    }

    /** The id's parts, or empty when the text is not of a game id's exact shape (checked before any query). */
    public static Optional<GameId> parse(String text) {
        var matcher = FORM.matcher(text);
        return matcher.matches()
                ? Optional.of(new GameId(matcher.group(1), matcher.group(2), Optional.ofNullable(matcher.group(3))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return region + "-" + random + machine.map(id -> "." + id).orElse("");
    }
}
