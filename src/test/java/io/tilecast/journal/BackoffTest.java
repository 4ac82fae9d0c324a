package io.tilecast.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsDoubleFromTheMinimumUpToTheCapAndStartOverAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));

        assertThat(backoff.next()).hasMillis(100);
        assertThat(backoff.next()).hasMillis(200);
        assertThat(backoff.next()).hasMillis(400);
        for (int i = 0; i < 4; i++) {
            backoff.next();
        }
        assertThat(backoff.next()).hasMillis(5_000);
        assertThat(backoff.next()).hasMillis(5_000);

        backoff.reset();
        assertThat(backoff.next()).hasMillis(100);
    }
}
