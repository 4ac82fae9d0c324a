package io.tilecast.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.problem.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.BindingContext;
import reactor.test.StepVerifier;

class CallerArgumentResolverTest {

    static final Caller.Player ALICE = new Caller.Player("id-alice", "alice");

    final CallerArgumentResolver resolver = new CallerArgumentResolver();

    @SuppressWarnings("unused")
    void route(Caller anyone, Caller.Player player, String other) {
    }

    static MethodParameter parameter(int index) throws NoSuchMethodException {
        return new MethodParameter(CallerArgumentResolverTest.class
                .getDeclaredMethod("route", Caller.class, Caller.Player.class, String.class), index);
    }

    static MockServerWebExchange exchangeOf(Caller caller) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/anything"));
        if (caller != null) {
            exchange.getAttributes().put(Callers.ATTRIBUTE, caller);
        }
        return exchange;
    }

    @Test
    void resolvesCallerAndPlayerParametersOnly() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isTrue();
        assertThat(resolver.supportsParameter(parameter(2))).isFalse();
    }

    @Test
    void callerParameterReceivesThePlayer() throws Exception {
        StepVerifier.create(resolver.resolveArgument(parameter(0), new BindingContext(), exchangeOf(ALICE)))
                .expectNext(ALICE).verifyComplete();
    }

    @Test
    void callerParameterReceivesAnonymousWhenNoTokenWasSent() throws Exception {
        StepVerifier.create(resolver.resolveArgument(parameter(0), new BindingContext(), exchangeOf(null)))
                .expectNext(new Caller.Anonymous()).verifyComplete();
    }

    @Test
    void playerParameterReceivesThePlayer() throws Exception {
        StepVerifier.create(resolver.resolveArgument(parameter(1), new BindingContext(), exchangeOf(ALICE)))
                .expectNext(ALICE).verifyComplete();
    }

    @Test
    void playerParameterRefusesAnAnonymousCaller() throws Exception {
        StepVerifier.create(resolver.resolveArgument(parameter(1), new BindingContext(),
                        exchangeOf(new Caller.Anonymous())))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(401);
                    assertThat(problem.code()).isEqualTo("unauthenticated");
                }))
                .verify();
    }
}
