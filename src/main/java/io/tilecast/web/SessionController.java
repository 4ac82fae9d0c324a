package io.tilecast.web;

import io.tilecast.account.Passwords;
import io.tilecast.account.PlayerTokens;
import io.tilecast.account.Players;
import io.tilecast.account.TokenCookie;
import io.tilecast.problem.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Signing in with a name and password, and signing out ({@code /api/session}, API.md "Accounts you
 * can come back to"). Sign-in is a write in the routing's terms, so it is served in the primary
 * region, where registration wrote the player however new they are. A wrong password, an unknown
 * name and a guest all get the same {@code 401 bad-credentials}, after the same one hash check.
 */
@RestController
@RequestMapping("/api/session")
class SessionController {

    record SignIn(String name, String password) {
    }

    record SignedIn(String id, String name, String token) {
    }

    private final Players players;
    private final Passwords passwords;
    private final PlayerTokens tokens;

    SessionController(Players players, Passwords passwords, PlayerTokens tokens) {
        this.players = players;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    @PostMapping
    Mono<ResponseEntity<SignedIn>> signIn(@RequestBody SignIn body, ServerWebExchange exchange) {
        String name = body.name() == null ? "" : body.name().strip();
        Mono<Players.Credentials> found = name.isEmpty() || name.length() > 64 ? Mono.empty()
                : players.credentials(name);
        return found.map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(credentials -> passwords.matches(body.password(),
                                credentials.map(Players.Credentials::passwordHash).orElse(null))
                        .map(matches -> {
                            if (!matches) {
                                throw new ApiProblem(HttpStatus.UNAUTHORIZED, "bad-credentials",
                                        "That name and password do not match an account.");
                            }
                            var player = credentials.get().player();
                            PlayerTokens.Issued issued = tokens.issue(player);
                            return ResponseEntity.ok()
                                    .header(HttpHeaders.SET_COOKIE, TokenCookie.of(issued.token(), tokens.ttl(),
                                            exchange.getRequest()).toString())
                                    .body(new SignedIn(player.id(), player.name(), issued.token()));
                        }));
    }

    /** Clears the token cookie. The token itself is not revoked: a client that kept it should forget it. */
    @DeleteMapping
    ResponseEntity<Void> signOut(ServerWebExchange exchange) {
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, TokenCookie.cleared(exchange.getRequest()).toString())
                .build();
    }
}
