package io.tilecast.account;

import java.time.Duration;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** The cookie that carries a player's token, so that a browser's {@code EventSource} is signed in too. */
public final class TokenCookie {

    public static final String NAME = "tilecast_token";

    private TokenCookie() {
    }

    public static ResponseCookie of(String token, Duration maxAge, ServerHttpRequest request) {
        return base(token, request).maxAge(maxAge).build();
    }

    /** Tells the browser to drop a token cookie that is no longer accepted. */
    public static ResponseCookie cleared(ServerHttpRequest request) {
        return base("", request).maxAge(Duration.ZERO).build();
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value, ServerHttpRequest request) {
        return ResponseCookie.from(NAME, value).httpOnly(true).sameSite("Lax").path("/").secure(overHttps(request));
    }

    static boolean overHttps(ServerHttpRequest request) {
        String forwarded = request.getHeaders().getFirst("X-Forwarded-Proto");
        if (forwarded != null) {
            return forwarded.trim().equalsIgnoreCase("https");
        }
        return "https".equalsIgnoreCase(request.getURI().getScheme());
    }
}
