package io.tilecast.account;

import java.time.Duration;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** The cookie that carries a player's token, so that a browser's {@code EventSource} is signed in too. */
public final class TokenCookie {

    public static final String NAME = "tilecast_token";
    /** The name over TLS: the {@code __Host-} prefix makes a browser refuse it unless secure, host-only, on {@code /}. */
    public static final String HOST_NAME = "__Host-" + NAME;

    private TokenCookie() {
    }

    public static ResponseCookie of(String token, Duration maxAge, ServerHttpRequest request) {
        return base(token, request).maxAge(maxAge).build();
    }

    /** Tells the browser to drop a token cookie that is no longer accepted. */
    public static ResponseCookie cleared(ServerHttpRequest request) {
        return base("", request).maxAge(Duration.ZERO).build();
    }

    /** The token cookie the request carries, under either name; null when none. */
    public static HttpCookie find(ServerHttpRequest request) {
        HttpCookie prefixed = request.getCookies().getFirst(HOST_NAME);
        return prefixed != null ? prefixed : request.getCookies().getFirst(NAME);
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value, ServerHttpRequest request) {
        boolean secure = overHttps(request);
        return ResponseCookie.from(secure ? HOST_NAME : NAME, value).httpOnly(true).sameSite("Lax").path("/")
                .secure(secure);
    }

    static boolean overHttps(ServerHttpRequest request) {
        String forwarded = request.getHeaders().getFirst("X-Forwarded-Proto");
        if (forwarded != null) {
            return forwarded.trim().equalsIgnoreCase("https");
        }
        return "https".equalsIgnoreCase(request.getURI().getScheme());
    }
}
