package io.tilecast.play.computer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThinkingPoolTest {

    private static final Duration BUDGET = Duration.ofSeconds(1);

    @Test
    void workThatHasAThreadEachTakesTheWholeBudget() throws Exception {
        try (ThinkingPool pool = new ThinkingPool("test-thinking", 2)) {
            CompletableFuture<Duration> share = new CompletableFuture<>();
            pool.execute(() -> share.complete(pool.share(BUDGET)));
            assertThat(share.get(10, TimeUnit.SECONDS)).isEqualTo(BUDGET);
        }
    }

    @Test
    void workBeyondTheThreadsSharesTheBudgetSoAFullQueueAnswersInAboutOneBudget() throws Exception {
        assertThat(shareWithQueued(3)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aShareIsNeverUnderFiftyMilliseconds() throws Exception {
        assertThat(shareWithQueued(99)).isEqualTo(Duration.ofMillis(50));
    }

    /** The share of the work on a one-thread pool's thread, asked once {@code queued} more wait behind it. */
    private static Duration shareWithQueued(int queued) throws Exception {
        try (ThinkingPool pool = new ThinkingPool("test-thinking", 1)) {
            CountDownLatch allQueued = new CountDownLatch(1);
            CompletableFuture<Duration> first = new CompletableFuture<>();
            pool.execute(() -> {
                await(allQueued);
                first.complete(pool.share(BUDGET));
            });
            for (int i = 0; i < queued; i++) {
                pool.execute(() -> { });
            }
            allQueued.countDown();
            return first.get(10, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
