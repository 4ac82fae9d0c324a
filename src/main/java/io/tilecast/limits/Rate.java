package io.tilecast.limits;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.boot.convert.DurationStyle;

/**
 * How many requests one key may make in a period, written {@code 300/1m}: up to that many at once, then one more each
 * time a share of the period has passed ({@code 1m / 300}, 200 ms).
 */
public record Rate(int requests, Duration per) {

    public Rate {
        if (requests < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("A rate is a positive number of requests per a positive duration,"
                    + " such as 300/1m; not " + requests + "/" + per);
        }
    }

    /** Reads {@code 300/1m} (any duration Spring reads: {@code 1m}, {@code 90s}, {@code PT1H}). */
    public static Rate valueOf(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("A rate is written requests/period, such as 300/1m; not " + text);
        }
        return new Rate(Integer.parseInt(text.substring(0, slash).trim()),
                DurationStyle.detectAndParse(text.substring(slash + 1).trim()));
    }

    double perMilli() {
        return requests / (double) per.toMillis();
    }

    /** As it is written in the settings: {@code 300/1m}, the period in its largest whole unit. */
    @Override
    public String toString() {
        for (ChronoUnit unit : List.of(ChronoUnit.DAYS, ChronoUnit.HOURS, ChronoUnit.MINUTES, ChronoUnit.SECONDS)) {
            if (per.toMillis() % unit.getDuration().toMillis() == 0) {
                return requests + "/" + DurationStyle.SIMPLE.print(per, unit);
            }
        }
        return requests + "/" + DurationStyle.SIMPLE.print(per);
    }
}
