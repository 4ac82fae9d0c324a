package io.tilecast.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it on: the servers of a test read their time from
 * it ({@link Installed}), so a test says how much time passes instead of waiting for it. One clock
 * for the whole test JVM, so that a server started again after a restart reads the same time.
 */
public final class TestClock extends Clock {

    public static final TestClock SHARED = new TestClock();

    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private TestClock() {
    }

    public Instant now() {
        return now;
    }

    public synchronized Instant advance(Duration duration) {
        now = now.plus(duration);
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock keeps UTC");
    }

    /** Makes a server read its time from {@link #SHARED}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Installed {

        @Bean
        @Primary
        Clock testClock() {
            return SHARED;
        }
    }
}
