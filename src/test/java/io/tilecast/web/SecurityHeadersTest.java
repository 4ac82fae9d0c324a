package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Finding 8: every answer, pages, API and errors alike, carries the security headers. */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    WebTestClient http;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/games/local-AAAAAAAAAAAAAAAA", "/js/game.js", "/api/bots", "/api/no-such-route",
            "/api/games/nonsense", "/actuator/health"})
    void everyAnswerSaysNoSniffingAndNoReferrerBeyondThisSite(String path) {
        HttpHeaders headers = headersOf(path, null);

        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(headers.getFirst("Content-Security-Policy")).isNotBlank();
        assertThat(headers.getFirst("Strict-Transport-Security")).as("not over TLS").isNull();
    }

    @Test
    void pagesRunOnlyThisSitesScriptsAndCannotBeFramed() {
        String policy = headersOf("/", null).getFirst("Content-Security-Policy");

        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @ParameterizedTest
    @ValueSource(strings = {"static/index.html", "static/game.html"})
    void thePagesHaveNoInlineScriptThePolicyWouldBlock(String page) throws IOException {
        String html = new ClassPathResource(page).getContentAsString(StandardCharsets.UTF_8);

        var scripts = Pattern.compile("<script[^>]*>").matcher(html).results().map(MatchResult::group).toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("src="));
        assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("style=", "javascript:");
    }

    @Test
    void overTlsAtFlysProxyAnswersAskForTlsFromNowOn() {
        assertThat(headersOf("/", "https").getFirst("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(headersOf("/api/bots", "https").getFirst("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(headersOf("/", "http").getFirst("Strict-Transport-Security")).isNull();
    }

    private HttpHeaders headersOf(String path, String forwardedProto) {
        return http.get().uri(path)
                .headers(headers -> {
                    if (forwardedProto != null) {
                        headers.set("X-Forwarded-Proto", forwardedProto);
                    }
                })
                .exchange().expectBody().returnResult().getResponseHeaders();
    }
}
