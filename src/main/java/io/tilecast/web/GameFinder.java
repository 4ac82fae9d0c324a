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

    Mono<GameHost> host(ServerWebExchange exchange, String id) {
        return ResolvedHost.of(exchange, id).map(Mono::just).orElseGet(() -> host(id));
    }

    Mono<GameHost> host(String id) {
        if (GameId.parse(id).isEmpty()) {
            return Mono.error(notFound(id));
        }
        return games.host(id)
                .onErrorMap(LeaseHeldElsewhere.class, held -> new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
                        "host-unavailable", "Another machine hosts game " + id + " now; try again shortly."))
                .switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    Mono<GameHost> hereOrArchived(String id) {
        if (GameId.parse(id).isEmpty()) {
            return Mono.empty();
        }
        return games.hosted(id).map(Mono::just).orElseGet(() -> archive.find(id));
    }

    Mono<GameHost> toWatch(ServerWebExchange exchange, String id) {
        if (GameId.parse(id).isEmpty()) {
            return Mono.error(notFound(id));
        }
        return ResolvedHost.of(exchange, id).or(() -> games.hosted(id)).map(Mono::just)
                .orElseGet(() -> archive.findFinished(id).switchIfEmpty(Mono.defer(() -> host(id))));
    }

    PlayerRef viewer(Caller caller) {
        return caller instanceof Caller.Player player ? playerRef(player) : null;
    }

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
