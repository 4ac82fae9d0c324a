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
        try (ThinkingPool pool = new ThinkingPool("test-thinking", 1)) {
            CountDownLatch queued = new CountDownLatch(1);
            CompletableFuture<Duration> first = new CompletableFuture<>();
            pool.execute(() -> {
                await(queued);
                first.complete(pool.share(BUDGET));
            });
            for (int i = 0; i < 3; i++) {
                pool.execute(() -> { });
            }
            queued.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Duration.ofMillis(250));
        }
    }

    @Test
    void aShareIsNeverUnderFiftyMilliseconds() throws Exception {
        try (ThinkingPool pool = new ThinkingPool("test-thinking", 1)) {
            CountDownLatch queued = new CountDownLatch(1);
            CompletableFuture<Duration> first = new CompletableFuture<>();
            pool.execute(() -> {
                await(queued);
                first.complete(pool.share(BUDGET));
            });
            for (int i = 0; i < 99; i++) {
                pool.execute(() -> { });
            }
            queued.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Duration.ofMillis(50));
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
