package io.tilecast.play.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TenureTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final PlaySettings SETTINGS = new PlaySettings(64, 64, Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(10), 10, Duration.ofHours(72), Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5), null);

    private final Tenure tenure = new Tenure(SETTINGS);
    private final long start = System.nanoTime();

    @Test
    void aGameInPlayStaysWhileUsedWithinTheIdleTime() {
        tenure.grant(LeaseTerm.startingNow(SETTINGS.leaseTerm()));
        tenure.used(start);

        assertThat(tenure.due(start + 599 * SECOND, false)).isNull();
        assertThat(tenure.due(start + 600 * SECOND, false)).isEqualTo(Eviction.IDLE);
    }

    @Test
    void watchersCountAsUseAndTheIdleTimeCountsFromWhenTheLastOneWasSeen() {
        tenure.used(start);

        assertThat(tenure.due(start + 900 * SECOND, true)).isNull();
        assertThat(tenure.due(start + 1_499 * SECOND, false)).isNull();
        assertThat(tenure.due(start + 1_500 * SECOND, false)).isEqualTo(Eviction.IDLE);
    }

    @Test
    void aFinishedGameLeavesAfterItsLingerEvenWithWatchers() {
        tenure.finished(start);

        assertThat(tenure.due(start + 9 * SECOND, true)).isNull();
        assertThat(tenure.due(start + 10 * SECOND, true)).isEqualTo(Eviction.FINISHED);
    }

    @Test
    void aLeaseTermThatIsOverComesFirst() {
        tenure.grant(LeaseTerm.startingAt(start - 30 * SECOND, System.currentTimeMillis() - 30_000,
                SETTINGS.leaseTerm()));
        tenure.used(start);

        assertThat(tenure.leaseOver()).isTrue();
        assertThat(tenure.due(start, true)).isEqualTo(Eviction.LEASE_OVER);
    }

    @Test
    void aTermIsOverWhenEitherClockSaysSo() {
        long now = System.nanoTime();
        long nowMillis = System.currentTimeMillis();
        assertThat(new LeaseTerm(now + 60 * SECOND, nowMillis + 60_000).over()).isFalse();
        assertThat(new LeaseTerm(now - SECOND, nowMillis + 60_000).over()).as("monotonic clock past").isTrue();
        assertThat(new LeaseTerm(now + 60 * SECOND, nowMillis - 1_000).over()).as("wall clock past").isTrue();
        assertThat(LeaseTerm.REPLAY.over()).isFalse();
    }
}
