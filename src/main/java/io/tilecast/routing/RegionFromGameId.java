package io.tilecast.routing;

import reactor.core.publisher.Mono;

/**
 * The locator used when the game side provides none: a game lives in the region its id names.
 * It cannot tell machines apart, so within this region every game is {@link GameLocation.Here}.
 */
public final class RegionFromGameId implements GameLocator {

    private final FlyMachine machine;

    public RegionFromGameId(FlyMachine machine) {
        this.machine = machine;
    }

    @Override
    public Mono<GameLocation> locate(String gameId) {
        return Mono.just(GameId.parse(gameId)
                .<GameLocation>map(id -> id.region().equals(machine.region())
                        ? new GameLocation.Here()
                        : new GameLocation.OtherRegion(id.region()))
                .orElseGet(GameLocation.Unknown::new));
    }
}
