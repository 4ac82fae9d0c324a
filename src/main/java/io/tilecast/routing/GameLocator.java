package io.tilecast.routing;

import reactor.core.publisher.Mono;

/**
 * Answers where a game is hosted, so that {@link ReplayFilter} can send a request to its host
 * before any controller runs. The game side provides one that knows the leases; without it,
 * {@link RegionFromGameId} reads the region out of the game id.
 */
public interface GameLocator {

    /** Where the game with this id is hosted; an empty Mono counts as {@link GameLocation.Unknown}. */
    Mono<GameLocation> locate(String gameId);
}
