package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.account.Passwords;
import io.tilecast.account.PlayerTokens;
import io.tilecast.account.Players;
import io.tilecast.account.TokenCookie;
import io.tilecast.limits.AccountLimits;
import io.tilecast.problem.ApiProblem;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Who is calling, signing in with a name and password, and signing out ({@code /api/session}). */
@RestController
@RequestMapping("/api/session")
class SessionController {

    record SignIn(String name, String password) {
    }

    record SignedIn(String id, String name, String token) {
    }

    /** Who is calling: {@code player} is null for a visitor. */
    record Session(Who player) {
    }

    record Who(String id, String name, boolean guest) {
    }

    private final Players players;
    private final Passwords passwords;
    private final PlayerTokens tokens;
    private final AccountLimits limits;

    SessionController(Players players, Passwords passwords, PlayerTokens tokens, AccountLimits limits) {
        this.players = players;
        this.passwords = passwords;
        this.tokens = tokens;
        this.limits = limits;
    }

    /** Who the caller is, answered 200 for a visitor too, so that asking is never a refusal. */
    @GetMapping
    Mono<Session> who(Caller caller) {
        if (!(caller instanceof Caller.Player player)) {
            return Mono.just(new Session(null));
        }
        return players.profile(player.id())
                .map(profile -> new Session(new Who(profile.id(), profile.name(), profile.guest())))
                .defaultIfEmpty(new Session(new Who(player.id(), player.name(), true)));
    }

    @PostMapping
    Mono<ResponseEntity<SignedIn>> signIn(@RequestBody SignIn body, ServerWebExchange exchange) {
        String name = body.name() == null ? "" : body.name().strip();
        limits.chargeSignIn(name, exchange);
        Mono<Players.Credentials> found = name.isEmpty() || name.length() > 64 || name.indexOf('\0') >= 0
                ? Mono.empty() : players.credentials(name);
        return found.map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(credentials -> passwords.matches(body.password(),
                                credentials.map(Players.Credentials::passwordHash).orElse(null))
                        .map(matches -> {
                            if (!matches) {
                                throw new ApiProblem(HttpStatus.UNAUTHORIZED, "bad-credentials",
                                        "That name and password do not match an account.");
                            }
                            Players.Credentials account = credentials.get();
                            PlayerTokens.Issued issued = tokens.issue(account.player(), account.tokenEpoch());
                            return ResponseEntity.ok()
                                    .header(HttpHeaders.SET_COOKIE, TokenCookie.of(issued.token(), tokens.ttl(),
                                            exchange.getRequest()).toString())
                                    .body(new SignedIn(account.player().id(), account.player().name(), issued.token()));
                        }));
    }

    /**
     * Clears the token cookie and, for a signed-in caller, revokes every token of the account, on every machine
     * (docs/accounts.md says how soon).
     */
    @DeleteMapping
    Mono<ResponseEntity<Void>> signOut(Caller caller, ServerWebExchange exchange) {
        Mono<Boolean> revoked = caller instanceof Caller.Player player ? players.revokeTokens(player.id()) : Mono.empty();
        return revoked.then(Mono.fromSupplier(() -> ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, TokenCookie.cleared(exchange.getRequest()).toString())
                .<Void>build()));
    }
}
