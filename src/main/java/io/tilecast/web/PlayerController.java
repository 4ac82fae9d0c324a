package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.account.Passwords;
import io.tilecast.account.PlayerName;
import io.tilecast.account.PlayerProfile;
import io.tilecast.account.PlayerTokens;
import io.tilecast.account.Players;
import io.tilecast.account.TokenCookie;
import io.tilecast.edge.ReplayFilter;
import io.tilecast.limits.AccountLimits;
import io.tilecast.problem.ApiProblem;
import io.tilecast.rating.PlayerRecords;
import io.tilecast.rating.ProfileRecord;
import io.tilecast.routing.FlyMachine;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Registration and player profiles ({@code /api/players}, API.md "Identity"). */
@RestController
@RequestMapping("/api/players")
class PlayerController {

    /** {@code password} is optional: without one the player is a guest. */
    record Registration(String name, String password) {
    }

    /** {@code current} is needed only when the account already has a password. */
    record NewPassword(String current, String password) {
    }

    record Registered(String id, String name, String token) {
    }

    private final Players players;
    private final PlayerTokens tokens;
    private final FlyMachine machine;
    private final ReplayFilter replays;
    private final Passwords passwords;
    private final AccountLimits limits;
    private final PlayerRecords records;

    PlayerController(Players players, PlayerTokens tokens, FlyMachine machine, ReplayFilter replays,
                     Passwords passwords, AccountLimits limits, PlayerRecords records) {
        this.records = records;
        this.passwords = passwords;
        this.limits = limits;
        this.players = players;
        this.tokens = tokens;
        this.machine = machine;
        this.replays = replays;
    }

    @PostMapping
    Mono<ResponseEntity<Registered>> register(@RequestBody Registration registration, ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> new PlayerName(registration.name()))
                .flatMap(name -> registration.password() == null ? players.register(name)
                        : passwords.hash(Passwords.valid(registration.password()))
                                .flatMap(hash -> players.register(name, hash)))
                .map(player -> {
                    PlayerTokens.Issued issued = tokens.issue(player);
                    return ResponseEntity.created(URI.create("/api/players/" + player.id()))
                            .header(HttpHeaders.SET_COOKIE,
                                    TokenCookie.of(issued.token(), tokens.ttl(), exchange.getRequest()).toString())
                            .body(new Registered(player.id(), player.name(), issued.token()));
                });
    }

    /** The calling player. */
    @GetMapping("/me")
    Mono<ResponseEntity<ProfileView>> me(Caller.Player caller, ServerWebExchange exchange) {
        return players.profile(caller.id())
                .flatMap(this::withRecord)
                .map(ResponseEntity::ok)
                .switchIfEmpty(Mono.fromSupplier(() -> Optional.of(machine).filter(here -> !here.inPrimaryRegion())
                        .flatMap(here -> replays.<ProfileView>replayRead(exchange.getRequest(),
                                "region=" + here.primaryRegion(), ReplayFilter.Reason.PRIMARY_REGION))
                        .orElseGet(() -> ResponseEntity.ok(ProfileView.of(
                                new PlayerProfile(caller.id(), caller.name(), 0, 0, true, false), ProfileRecord.NONE)))));
    }

    /** Sets or changes the caller's password: a guest becomes an account they can sign in to anywhere. */
    @PutMapping("/me/password")
    Mono<ResponseEntity<Void>> setPassword(Caller.Player caller, @RequestBody NewPassword body,
                                           ServerWebExchange exchange) {
        Passwords.valid(body.password());
        limits.chargePasswordChange(caller.id(), exchange);
        String kept = PlayerTokens.fingerprint(PlayerTokens.presented(exchange.getRequest()));
        return players.credentialsOf(caller.id())
                .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.NOT_FOUND, "player-not-found",
                        "No player has the id " + caller.id() + ".")))
                .flatMap(account -> currentPasswordHolds(account, body.current())
                        .then(passwords.hash(body.password()))
                        .flatMap(hash -> players.changePassword(caller.id(), account.passwordHash(), hash, kept)))
                .map(changed -> {
                    if (!changed) {
                        throw new ApiProblem(HttpStatus.CONFLICT, "password-changed",
                                "The password was changed meanwhile by another request; nothing was changed.");
                    }
                    return ResponseEntity.noContent().<Void>build();
                });
    }

    private Mono<Void> currentPasswordHolds(Players.Credentials account, String current) {
        if (account.passwordHash() == null) {
            return Mono.empty();
        }
        return passwords.matches(current, account.passwordHash()).flatMap(matches -> matches ? Mono.<Void>empty()
                : Mono.error(new ApiProblem(HttpStatus.FORBIDDEN, "bad-credentials",
                        "The current password does not match; nothing was changed.")));
    }

    /** A profile, read locally. */
    @GetMapping("/{id}")
    Mono<ResponseEntity<ProfileView>> profile(@PathVariable String id, ServerWebExchange exchange) {
        return players.profile(id)
                .flatMap(this::withRecord)
                .map(ResponseEntity::ok)
                .switchIfEmpty(Mono.fromSupplier(() -> Optional.of(machine).filter(here -> !here.inPrimaryRegion())
                        .flatMap(here -> replays.<ProfileView>replayRead(exchange.getRequest(),
                                "region=" + here.primaryRegion(), ReplayFilter.Reason.PRIMARY_REGION))
                        .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "player-not-found",
                                "No player has the id " + id + "."))));
    }

    private Mono<ProfileView> withRecord(PlayerProfile profile) {
        return records.profile(profile.id()).map(record -> ProfileView.of(profile, record));
    }
}
