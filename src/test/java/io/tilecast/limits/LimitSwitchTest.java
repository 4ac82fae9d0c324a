package io.tilecast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tilecast.problem.ApiProblem;
import io.tilecast.routing.FlyMachine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** {@code tilecast.limits.enabled} turns every limit off; what is not an action is never counted. */
class LimitSwitchTest {

    private final AtomicInteger served = new AtomicInteger();
    private final WebFilterChain controllers = exchange -> Mono.fromRunnable(served::incrementAndGet);

    @Test
    void switchedOffNothingIsRefused() {
        LimitFilter filter = filter(false);

        register(filter);
        register(filter);

        assertThat(served).hasValue(2);
    }

    @Test
    void switchedOnTheSecondRegistrationIsRefused() {
        LimitFilter filter = filter(true);

        register(filter);

        assertThat(served).hasValue(1);
        MockServerWebExchange second = MockServerWebExchange.from(MockServerHttpRequest.post("/api/players"));
        Throwable refused = filter.filter(second, controllers).map(done -> (Throwable) null)
                .onErrorResume(Mono::just).block();
        assertThat(refused).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.code()).isEqualTo("rate-limited"));
        assertThat(second.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("3600");
        assertThat(served).hasValue(1);
    }

    @Test
    void readsAreNeverCounted() {
        LimitFilter filter = filter(true);

        for (int i = 0; i < 3; i++) {
            filter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/games")), controllers).block();
        }

        assertThat(served).hasValue(3);
    }

    private void register(LimitFilter filter) {
        filter.filter(MockServerWebExchange.from(MockServerHttpRequest.post("/api/players")), controllers).block();
    }

    private static LimitFilter filter(boolean enabled) {
        Rate plenty = Rate.valueOf("1000/1m");
        LimitSettings settings = new LimitSettings(enabled, Rate.valueOf("1/1h"), plenty, plenty, plenty, plenty,
                plenty, plenty, 10, 10, 1000, plenty);
        return new LimitFilter(settings, new FlyMachine("local", "m1", "local", null), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                new SimpleMeterRegistry());
    }
}
