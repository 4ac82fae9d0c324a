package io.tilecast.play;

import io.tilecast.routing.FlyMachine;
import io.tilecast.routing.GameId;
import io.tilecast.routing.GameLocation;
import io.tilecast.routing.GameLocator;
import io.tilecast.routing.Leases;
import reactor.core.publisher.Mono;

/**
 * Where a game is hosted: here when it is in memory (no database access); else the machine
 * holding a live lease on it, in any region; else, for a game of this region, here (this machine
 * will claim it), and for another region's game, that region.
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
        if (games.hosted(gameId).isPresent()) {
            return Mono.just(new GameLocation.Here());
        }
        boolean ours = id.get().region().equals(machine.region());
        // Naming the machine sends the request straight to the host: fly replays a request
        // only once, and a region with several machines would otherwise need a second hop.
        return leases.holder(gameId)
                .<GameLocation>map(holder -> holder.equals(machine.machineId())
                        ? new GameLocation.Here()
                        : new GameLocation.OtherMachine(holder))
                .defaultIfEmpty(ours ? new GameLocation.Here() : new GameLocation.OtherRegion(id.get().region()));
    }
}
