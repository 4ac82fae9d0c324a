package io.tilecast.rating;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/** Where a page of a player's games ends: the last game's end, to the microsecond, and its id. */
public record Cursor(Instant finishedAt, String gameId) {

    public String encoded() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, finishedAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "." + gameId).getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when {@code text} is not a cursor this server made. */
    public static Optional<Cursor> parse(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int dot = decoded.indexOf('.');
            if (dot < 1 || dot == decoded.length() - 1) {
                return Optional.empty();
            }
            long micros = Long.parseLong(decoded.substring(0, dot));
            return Optional.of(new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), decoded.substring(dot + 1)));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException notACursor) {
            return Optional.empty();
        }
    }
}
