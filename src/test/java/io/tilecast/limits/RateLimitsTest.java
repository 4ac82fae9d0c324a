package io.tilecast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The limits on their own, on a clock the test moves: refill, sweeping, giving back, the most keys. */
class RateLimitsTest {

    private final SteppedClock clock = new SteppedClock();
    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aRateAllowsItsNumberAtOnceThenOneForEachShareOfThePeriod() {
        RateLimit limit = limit(Rate.valueOf("2/1m"), 100);

        assertThat(limit.take("a")).isEmpty();
        assertThat(limit.take("a")).isEmpty();
        assertThat(limit.take("a")).hasValueSatisfying(refusal -> {
            assertThat(refusal.retryAfterSeconds()).isEqualTo(30);
            assertThat(refusal.detail()).contains("at most 2/1m").endsWith("try again in 30 s.");
        });
        clock.advance(Duration.ofSeconds(29));
        assertThat(limit.take("a")).hasValueSatisfying(refusal -> assertThat(refusal.retryAfterSeconds()).isEqualTo(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limit.take("a")).isEmpty();
        assertThat(limit.take("b")).as("another key has its own bucket").isEmpty();
    }

    @Test
    void retryAfterIsWholeSecondsAndAtLeastOne() {
        RateLimit limit = limit(Rate.valueOf("10/1s"), 100);
        for (int i = 0; i < 10; i++) {
            assertThat(limit.take("a")).isEmpty();
        }

        assertThat(limit.take("a")).hasValueSatisfying(refusal -> assertThat(refusal.retryAfterSeconds()).isEqualTo(1));
    }

    @Test
    void refilledBucketsAreSweptAMinuteAfterTheLastSweep() {
        RateLimit limit = limit(Rate.valueOf("5/1m"), 100);
        limit.take("a");
        limit.take("b");
        assertThat(buckets()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(59));
        limit.take("c");
        assertThat(buckets()).as("not yet a minute").isEqualTo(3);
        clock.advance(Duration.ofSeconds(1));
        limit.take("c");
        assertThat(buckets()).as("a and b have refilled; c has not").isEqualTo(1);
    }

    @Test
    void beyondTheMostKeysANewKeyIsCountedAndTheLeastLatelyUsedBucketMakesRoom() {
        RateLimit limit = limit(Rate.valueOf("1/1m"), 2);
        limit.take("a");
        clock.advance(Duration.ofSeconds(1));
        limit.take("b");
        clock.advance(Duration.ofSeconds(1));

        assertThat(limit.take("c")).isEmpty();
        assertThat(limit.take("c")).as("c is counted, not let through").isPresent();
        assertThat(limit.take("b")).as("b, used lately, keeps its bucket").isPresent();
        assertThat(buckets()).isEqualTo(2);
        assertThat(meters.get("tilecast.limits.evicted").tags("action", "command", "key", "player").counter().count())
                .as("a made room").isEqualTo(1);
    }

    @Test
    void aFullLimitDropsRefilledBucketsBeforeAnyOther() {
        RateLimit limit = limit(Rate.valueOf("2/1m"), 2);
        limit.take("a");
        clock.advance(Duration.ofSeconds(30));
        limit.take("b");

        assertThat(limit.take("c")).isEmpty();
        assertThat(buckets()).as("a had refilled and went; b and c stay").isEqualTo(2);
        assertThat(meters.get("tilecast.limits.evicted").tags("action", "command", "key", "player").counter().count())
                .isZero();
    }

    @Test
    void aRequestThePlayerMayNotMakeCostsItsAddressNothing() {
        RateLimits limits = new RateLimits(settings(), clock, meters);
        limits.charge(Action.CREATE, "alice", "198.51.100.1");

        assertThat(limits.charge(Action.CREATE, "alice", "198.51.100.1")).isPresent();
        assertThat(limits.charge(Action.CREATE, "bob", "198.51.100.1")).as("the address gave back alice's").isEmpty();
        assertThat(limits.charge(Action.CREATE, "carol", "198.51.100.1")).isPresent();
        assertThat(meters.get("tilecast.limits.refused").tags("action", "create", "key", "player").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("tilecast.limits.refused").tags("action", "create", "key", "address").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aClosedStreamGivesItsPlaceBack() {
        RateLimits limits = new RateLimits(settings(), clock, meters);
        assertThat(limits.openStream("alice", "198.51.100.1")).isEmpty();
        assertThat(limits.openStream("alice", "198.51.100.2")).isPresent();

        limits.closeStream("alice", "198.51.100.1");

        assertThat(limits.openStream("alice", "198.51.100.2")).isEmpty();
    }

    @Test
    void aClockSetBackNeitherFillsNorEmptiesABucket() {
        RateLimit limit = limit(Rate.valueOf("1/1m"), 100);
        limit.take("a");
        clock.advance(Duration.ofMinutes(-5));

        assertThat(limit.take("a")).hasValueSatisfying(refusal -> assertThat(refusal.retryAfterSeconds()).isEqualTo(60));
    }

    private RateLimit limit(Rate rate, int maxKeys) {
        return new RateLimit(Action.COMMAND, KeyKind.PLAYER, rate, maxKeys, clock, meters);
    }

    private double buckets() {
        return meters.get("tilecast.limits.buckets").tags("action", "command", "key", "player").gauge().value();
    }

    /** One create per player and two per address; one open stream per player. */
    private static LimitSettings settings() {
        Rate plenty = Rate.valueOf("1000/1m");
        return new LimitSettings(true, plenty, Rate.valueOf("1/1h"), Rate.valueOf("2/1h"), plenty, plenty, plenty,
                plenty, 1, 10, 1000, plenty);
    }

    /** A clock that stands still until the test moves it. */
    private static final class SteppedClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
