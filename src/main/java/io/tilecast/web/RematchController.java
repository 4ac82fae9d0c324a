package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.edge.ReplayFilter;
import io.tilecast.play.computer.Bot;
import io.tilecast.play.computer.Bots;
import io.tilecast.play.computer.MasterGames;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.GameSetup;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Status;
import io.tilecast.play.host.view.GameView;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.play.hosting.Rematches;
import io.tilecast.problem.ApiProblem;
import io.tilecast.routing.FlyMachine;
import io.tilecast.routing.GameId;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/games/{id}/rematch} (API.md "Rematch"): a player of a finished game asks for another with the same
 * seats, lexicon and clock.
 */
@RestController
class RematchController {

    private final GameFinder finder;
    private final HostedGames games;
    private final Rematches rematches;
    private final FlyMachine machine;
    private final ReplayFilter replays;
    private final GameLog gameLog;
    private final MasterGames masters;

    RematchController(GameFinder finder, HostedGames games, Rematches rematches, FlyMachine machine,
                      ReplayFilter replays, GameLog gameLog, MasterGames masters) {
        this.masters = masters;
        this.gameLog = gameLog;
        this.finder = finder;
        this.games = games;
        this.rematches = rematches;
        this.machine = machine;
        this.replays = replays;
    }

    @PostMapping("/api/games/{id}/rematch")
    Mono<ResponseEntity<GameView>> rematch(@PathVariable String id, Caller caller, ServerHttpRequest request,
                                           ServerHttpResponse response) {
        PlayerRef player = finder.player(caller);
        return finder.hereOrArchived(id)
                .switchIfEmpty(Mono.error(() -> finder.notFound(id)))
                .flatMap(old -> {
                    if (old.status() != Status.FINISHED) {
                        throw new ApiProblem(HttpStatus.CONFLICT, "game-not-finished",
                                "A rematch is for a finished game; this one is still " + old.status().code() + ".");
                    }
                    if (old.view(player).seats().stream().noneMatch(seat -> player.id().equals(seat.player().id()))) {
                        throw new ApiProblem(HttpStatus.FORBIDDEN, "not-seated", "You had no seat in this game.");
                    }
                    List<PlayerRef> bots = old.view(player).seats().stream()
                            .flatMap(seat -> Bots.byId(seat.player().id()).stream()).map(Bot::player).toList();
                    String candidate = games.newGameId();
                    // The rematches row refers to the old game's row, which the journal may not have written yet.
                    return gameLog.flushed()
                            .onErrorMap(TimeoutException.class, late -> new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
                                    "database-unavailable", "The old game is not recorded yet; try again shortly."))
                            .then(rematches.claim(id, candidate)).map(rematch -> rematch.equals(candidate)
                            ? created(old.setup(), player, bots, candidate, response)
                                    .onErrorResume(ApiProblem.class, refused -> rematches.release(id, candidate)
                                            .then(Mono.error(refused)))
                            : joined(rematch, player, request));
                })
                .flatMap(answer -> answer);
    }

    private Mono<ResponseEntity<GameView>> created(GameSetup old, PlayerRef player, List<PlayerRef> bots, String id,
                                                   ServerHttpResponse response) {
        Supplier<GameHost> create = () -> {
            GameHost host = Refusals.orThrow(games.create(player, old.seatCount(), old.lexicon(), old.clock(), id,
                    old.id(), old.challenge(), old.rated()));
            bots.forEach(bot -> Refusals.orThrow(host.join(bot)));
            if (bots.size() == old.seatCount() - 1) {
                Refusals.orThrow(host.start(player));
            }
            return host;
        };
        Optional<Bot> bot = bots.stream().flatMap(ref -> Bots.byId(ref.id()).stream()).findFirst();
        return Mono.fromSupplier(() -> {
            GameHost host = bot.isEmpty() ? create.get()
                    : masters.admit(bot.get(), create).orElseThrow(() -> ComputerBusy.problem(response));
            return ResponseEntity.created(URI.create("/api/games/" + id)).body(host.view(player));
        });
    }

    private Mono<ResponseEntity<GameView>> joined(String rematch, PlayerRef player, ServerHttpRequest request) {
        var elsewhere = GameId.parse(rematch).flatMap(GameId::machine)
                .filter(creator -> !creator.equals(machine.machineId()) && games.hosted(rematch).isEmpty())
                .flatMap(creator -> replays.<GameView>replayRead(request, "instance=" + creator,
                        ReplayFilter.Reason.CREATOR));
        if (elsewhere.isPresent()) {
            return Mono.just(elsewhere.get());
        }
        return finder.host(rematch).map(host -> {
            GameView view = host.view(player);
            boolean seated = view.seats().stream().anyMatch(seat -> player.id().equals(seat.player().id()));
            return ResponseEntity.ok(seated ? view : Refusals.orThrow(games.join(host, player)));
        });
    }
}
