package io.tilecast.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tilecast.problem.ApiProblem;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The filter with a game side's own locator, which knows machines as well as regions. */
class ReplayFilterTest {

    static final FlyMachine SYDNEY = new FlyMachine("syd", "m-syd-1", "syd");

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final AtomicBoolean passedOn = new AtomicBoolean();
    final WebFilterChain controllers = exchange -> {
        passedOn.set(true);
        return Mono.empty();
    };

    ReplayFilter filterWith(GameLocator locator) {
        var beans = new StaticListableBeanFactory(Map.of("leases", locator));
        return new ReplayFilter(SYDNEY, beans.getBeanProvider(GameLocator.class), meters);
    }

    static MockServerWebExchange move(String gameId, boolean replayed) {
        var request = MockServerHttpRequest.post("/api/games/{id}/moves", gameId);
        if (replayed) {
            request.header("fly-replay-src", "instance=m-syd-2;region=syd;t=1");
        }
        return MockServerWebExchange.from(request);
    }

    @Test
    void gameOnAnotherMachineIsReplayedToThatInstance() {
        var exchange = move("syd-abc", false);

        filterWith(id -> Mono.just(new GameLocation.OtherMachine("m-syd-2"))).filter(exchange, controllers).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TEMPORARY_REDIRECT);
        assertThat(exchange.getResponse().getHeaders().getFirst("fly-replay")).isEqualTo("instance=m-syd-2");
        assertThat(passedOn).isFalse();
        assertThat(meters.get("tilecast.replays").tag("reason", "other-machine").counter().count()).isEqualTo(1);
    }

    @Test
    void gameSideLocatorTakesPrecedenceOverTheRegionInTheId() {
        var exchange = move("ams-abc", false);

        filterWith(id -> Mono.just(new GameLocation.Here())).filter(exchange, controllers).block();

        assertThat(passedOn).isTrue();
        assertThat(exchange.getResponse().getHeaders().containsHeader("fly-replay")).isFalse();
    }

    @Test
    void locatorThatKnowsNothingLetsTheControllerAnswer() {
        filterWith(id -> Mono.empty()).filter(move("syd-abc", false), controllers).block();

        assertThat(passedOn).isTrue();
    }

    @Test
    void replayedRequestForAnotherMachineIsRefusedNotBounced() {
        var exchange = move("syd-abc", true);

        StepVerifier.create(filterWith(id -> Mono.just(new GameLocation.OtherMachine("m-syd-3")))
                        .filter(exchange, controllers))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(problem.code()).isEqualTo("host-unavailable");
                }))
                .verify();
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(passedOn).isFalse();
    }

    @Test
    void replayedRequestThatReachedTheHostIsServed() {
        filterWith(id -> Mono.just(new GameLocation.Here())).filter(move("syd-abc", true), controllers).block();

        assertThat(passedOn).isTrue();
    }

    @Test
    void everyReasonIsCountedFromZero() {
        filterWith(id -> Mono.empty());

        assertThat(meters.get("tilecast.replays").counters()).hasSize(5)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
    }
}
