package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.account.Callers;
import io.tilecast.edge.ResolvedHost;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.hosting.ArchivedGames;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.play.hosting.LeaseHeldElsewhere;
import io.tilecast.problem.ApiProblem;
import io.tilecast.routing.GameId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Finds the game a request names, and who is asking, in the terms the game hosts take. */
@Component
class GameFinder {

    private final HostedGames games;
    private final ArchivedGames archive;

    GameFinder(HostedGames games, ArchivedGames archive) {
        this.games = games;
        this.archive = archive;
    }

    /** The host the edge found for this request, else {@link #host(String)}. */
    Mono<GameHost> host(ServerWebExchange exchange, String id) {
        return ResolvedHost.of(exchange, id).map(Mono::just).orElseGet(() -> host(id));
    }

    /**
     * The game's host, from this process or recovered by claiming its lease; else {@code 404
     * game-not-found} (at once for an id of no game's shape), or {@code 503 host-unavailable} when
     * another machine took the lease meanwhile.
     */
    Mono<GameHost> host(String id) {
        if (GameId.parse(id).isEmpty()) {
            return Mono.error(notFound(id));
        }
        return games.host(id)
                .onErrorMap(LeaseHeldElsewhere.class, held -> new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
                        "host-unavailable", "Another machine hosts game " + id + " now; try again shortly."))
                .switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /** The game's host in memory, else the game read back from the local database (which may lag), else empty. */
    Mono<GameHost> hereOrArchived(String id) {
        if (GameId.parse(id).isEmpty()) {
            return Mono.empty();
        }
        return games.hosted(id).map(Mono::just).orElseGet(() -> archive.find(id));
    }

    /**
     * Where a live stream's events come from: the host in memory; else, for a finished game, the game
     * read back from the local database, which claims nothing; else the host this process recovers by
     * claiming the game's lease; else {@code 404 game-not-found}.
     */
    Mono<GameHost> toWatch(ServerWebExchange exchange, String id) {
        if (GameId.parse(id).isEmpty()) {
            return Mono.error(notFound(id));
        }
        return ResolvedHost.of(exchange, id).or(() -> games.hosted(id)).map(Mono::just)
                .orElseGet(() -> archive.findFinished(id).switchIfEmpty(Mono.defer(() -> host(id))));
    }

    /** The caller as a game sees them: a player, or null for an anonymous spectator. */
    PlayerRef viewer(Caller caller) {
        return caller instanceof Caller.Player player ? playerRef(player) : null;
    }

    /** The caller as a player; {@code 401} when anonymous. */
    PlayerRef player(Caller caller) {
        return playerRef(Callers.requirePlayer(caller));
    }

    ApiProblem notFound(String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "game-not-found", "There is no game " + id + ".");
    }

    private static PlayerRef playerRef(Caller.Player player) {
        return new PlayerRef(player.id(), player.name());
    }
}
