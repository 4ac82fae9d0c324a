package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.account.Passwords;
import io.tilecast.account.PlayerName;
import io.tilecast.account.PlayerProfile;
import io.tilecast.account.PlayerTokens;
import io.tilecast.account.Players;
import io.tilecast.account.TokenCookie;
import io.tilecast.edge.ReplayFilter;
import io.tilecast.problem.ApiProblem;
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

    record NewPassword(String password) {
    }

    record Registered(String id, String name, String token) {
    }

    private final Players players;
    private final PlayerTokens tokens;
    private final FlyMachine machine;
    private final ReplayFilter replays;
    private final Passwords passwords;

    PlayerController(Players players, PlayerTokens tokens, FlyMachine machine, ReplayFilter replays,
                     Passwords passwords) {
        this.passwords = passwords;
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

    /**
     * The calling player. Right after registering in another region the local database may not
     * have the row yet; the token is proof enough of the id and name, and a new player has no games.
     */
    @GetMapping("/me")
    Mono<ResponseEntity<PlayerProfile>> me(Caller.Player caller, ServerWebExchange exchange) {
        return players.profile(caller.id())
                .map(ResponseEntity::ok)
                .switchIfEmpty(Mono.fromSupplier(() -> Optional.of(machine).filter(here -> !here.inPrimaryRegion())
                        .flatMap(here -> replays.<PlayerProfile>replayRead(exchange.getRequest(),
                                "region=" + here.primaryRegion(), ReplayFilter.Reason.PRIMARY_REGION))
                        .orElseGet(() -> ResponseEntity.ok(
                                new PlayerProfile(caller.id(), caller.name(), 0, 0, true, false)))));
    }

    /**
     * Sets or changes the caller's password: a guest becomes an account they can sign in to
     * anywhere. Written on the primary (the request was replayed to its region).
     */
    @PutMapping("/me/password")
    Mono<ResponseEntity<Void>> setPassword(Caller.Player caller, @RequestBody NewPassword body) {
        return Mono.fromSupplier(() -> Passwords.valid(body.password()))
                .flatMap(passwords::hash)
                .flatMap(hash -> players.setPassword(caller.id(), hash))
                .map(found -> {
                    if (!found) {
                        throw new ApiProblem(HttpStatus.NOT_FOUND, "player-not-found", "No player has the id "
                                + caller.id() + ".");
                    }
                    return ResponseEntity.noContent().<Void>build();
                });
    }

    /**
     * A profile, read locally. A player the local database does not have may have registered a moment
     * ago in the primary region, ahead of the replica: outside it, the read is replayed there once.
     */
    @GetMapping("/{id}")
    Mono<ResponseEntity<PlayerProfile>> profile(@PathVariable String id, ServerWebExchange exchange) {
        return players.profile(id)
                .map(ResponseEntity::ok)
                .switchIfEmpty(Mono.fromSupplier(() -> Optional.of(machine).filter(here -> !here.inPrimaryRegion())
                        .flatMap(here -> replays.<PlayerProfile>replayRead(exchange.getRequest(),
                                "region=" + here.primaryRegion(), ReplayFilter.Reason.PRIMARY_REGION))
                        .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "player-not-found",
                                "No player has the id " + id + "."))));
    }
}
