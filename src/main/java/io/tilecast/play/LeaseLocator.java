package io.tilecast.play;

import io.tilecast.routing.FlyMachine;
import io.tilecast.routing.GameId;
import io.tilecast.routing.GameLocation;
import io.tilecast.routing.GameLocator;
import io.tilecast.routing.Leases;
import reactor.core.publisher.Mono;

/**
 * Where a game is hosted: its region is in its id; within this region, here when it is in memory
 * (no database access), else wherever a live lease says, else here (this machine will claim it).
 */
public final class LeaseLocator implements GameLocator {

    private final FlyMachine machine;
    private final HostedGames games;
    private final Leases leases;

    public LeaseLocator(FlyMachine machine, HostedGames games, Leases leases) {
        this.machine = machine;
        this.games = games;
        this.leases = leases;
    }

    @Override
    public Mono<GameLocation> locate(String gameId) {
        var id = GameId.parse(gameId);
        if (id.isEmpty()) {
            return Mono.just(new GameLocation.Unknown());
        }
        if (!id.get().region().equals(machine.region())) {
            return Mono.just(new GameLocation.OtherRegion(id.get().region()));
        }
        if (games.hosted(gameId).isPresent()) {
            return Mono.just(new GameLocation.Here());
        }
        return leases.holder(gameId)
                .<GameLocation>map(holder -> holder.equals(machine.machineId())
                        ? new GameLocation.Here()
                        : new GameLocation.OtherMachine(holder))
                .defaultIfEmpty(new GameLocation.Here());
    }
}
