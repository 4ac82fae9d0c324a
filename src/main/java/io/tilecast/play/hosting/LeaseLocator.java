package io.tilecast.play.hosting;

import io.tilecast.routing.FlyMachine;
import io.tilecast.routing.GameId;
import io.tilecast.routing.GameLocation;
import io.tilecast.routing.Leases;
import reactor.core.publisher.Mono;

/** Where a game is hosted, from memory, its lease, or its id, in that order (docs/routing.md). */
public final class LeaseLocator {

    private final FlyMachine machine;
    private final HostedGames games;
    private final Leases leases;

    public LeaseLocator(FlyMachine machine, HostedGames games, Leases leases) {
        this.machine = machine;
        this.games = games;
        this.leases = leases;
    }

    /** Where the game with this id is hosted; {@link GameLocation.Unknown} for an id of no game's shape. */
    public Mono<GameLocation> locate(String gameId) {
        var parsed = GameId.parse(gameId);
        if (parsed.isEmpty()) {
            return Mono.just(new GameLocation.Unknown());
        }
        if (games.hosted(gameId).isPresent()) {
            return Mono.just(new GameLocation.Here());
        }
        GameId id = parsed.get();
        GameLocation unclaimed = id.region().equals(machine.region())
                ? new GameLocation.Here()
                : new GameLocation.OtherRegion(id.region());
        // With the primary unreachable the creator named in the id is the best guess.
        return leases.holder(gameId)
                .map(holder -> !holder.live() ? unclaimed
                        : holder.machineId().equals(machine.machineId()) ? new GameLocation.Here()
                        : new GameLocation.OtherMachine(holder.machineId()))
                .onErrorResume(unreadable -> Mono.empty())
                .switchIfEmpty(Mono.fromSupplier(() -> id.machine()
                        .filter(creator -> !creator.equals(machine.machineId()))
                        .<GameLocation>map(GameLocation.Creator::new)
                        .orElse(unclaimed)));
    }
}
