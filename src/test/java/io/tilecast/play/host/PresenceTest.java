package io.tilecast.play.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.play.host.view.LiveEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which seats are shown present: a stream that comes back within the grace period was never shown gone. */
class PresenceTest {

    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration CLAIM_AFTER = Duration.ofSeconds(60);

    private final Instant start = Instant.parse("2026-12-06T20:00:00Z");
    private final List<LiveEvents.Presence> announced = new ArrayList<>();
    private final Presence presence = new Presence(2, start, GRACE, CLAIM_AFTER, announced::add);

    @Test
    void aNewHostShowsEverySeatPresentUntilTheGracePeriodHasPassedWithoutAStream() {
        presence.arrive(1);
        presence.tick(start.plusSeconds(4));
        assertThat(presence.shown().present()).containsExactly(true, true);
        assertThat(announced).isEmpty();

        presence.tick(start.plus(GRACE));

        assertThat(presence.shown().present()).containsExactly(false, true);
        assertThat(presence.shown().awaySince()).containsExactly(start, null);
        assertThat(announced).hasSize(1);
    }

    @Test
    void aReloadWithinTheGracePeriodIsNeverShown() {
        presence.arrive(0);
        presence.leave(0, start.plusSeconds(10));
        presence.tick(start.plusSeconds(12));
        presence.arrive(0);
        presence.tick(start.plusSeconds(30));

        assertThat(presence.shown().present().getFirst()).isTrue();
        assertThat(announced).allMatch(shown -> shown.present().getFirst());
        assertThat(presence.claimableFrom().getFirst()).isEmpty();
    }

    @Test
    void aSeatMayBeClaimedAgainstClaimAfterItsLastStreamClosed() {
        presence.arrive(0);
        presence.arrive(0);
        presence.leave(0, start.plusSeconds(10));
        assertThat(presence.claimableFrom().getFirst()).isEmpty();
        presence.leave(0, start.plusSeconds(20));

        assertThat(presence.claimableFrom().getFirst()).isEqualTo(Optional.of(start.plusSeconds(20).plus(CLAIM_AFTER)));
        presence.tick(start.plusSeconds(79));
        assertThat(presence.shown().claimable().getFirst()).isFalse();
        presence.tick(start.plusSeconds(80));
        assertThat(presence.shown().claimable().getFirst()).isTrue();
        assertThat(announced.getLast().claimable()).containsExactly(true, true);
    }

    @Test
    void aSeatThisProcessPlaysIsAlwaysPresent() {
        presence.attend(1);
        presence.tick(start.plus(CLAIM_AFTER).plusSeconds(1));

        assertThat(presence.shown().present()).containsExactly(false, true);
        assertThat(presence.claimableFrom().get(1)).isEmpty();
    }
}
