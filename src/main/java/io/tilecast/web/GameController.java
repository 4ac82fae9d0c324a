package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.chat.Blocks;
import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.computer.Bot;
import io.tilecast.play.computer.Bots;
import io.tilecast.play.computer.MasterGames;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.Outcome;
import io.tilecast.play.host.PlayMeters;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Status;
import io.tilecast.play.host.view.GameView;
import io.tilecast.play.host.view.LiveEvents;
import io.tilecast.play.host.view.MoveAck;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.play.hosting.Lexicons;
import io.tilecast.problem.ApiProblem;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The commands of a game: create, join, start, moves and cancel. */
@RestController
class GameController {

    private final HostedGames games;
    private final GameFinder finder;
    private final Lexicons lexicons;
    private final PlayMeters meters;
    private final Blocks blocks;
    private final MasterGames masters;

    GameController(HostedGames games, GameFinder finder, Lexicons lexicons, PlayMeters meters, Blocks blocks,
                   MasterGames masters) {
        this.masters = masters;
        this.games = games;
        this.blocks = blocks;
        this.finder = finder;
        this.lexicons = lexicons;
        this.meters = meters;
    }

    @PostMapping("/api/games")
    ResponseEntity<GameView> create(Caller caller, @RequestBody(required = false) GameRequests.Create body,
                                    ServerHttpResponse response) {
        PlayerRef creator = player(caller);
        int seats = body == null || body.seats() == null ? 2 : body.seats();
        if (seats < GameState.MIN_SEATS || seats > GameState.MAX_SEATS) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-seats",
                    "A game has " + GameState.MIN_SEATS + " to " + GameState.MAX_SEATS + " seats.");
        }
        String lexiconName = body == null ? null : body.lexicon();
        Lexicon lexicon = lexicons.named(lexiconName).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST,
                "unknown-lexicon", "No lexicon named '" + lexiconName + "'; this server has " + lexicons.names() + "."));
        TimeControl clock = body == null ? TimeControl.DEFAULT : body.timeControl();
        String opponent = body == null ? null : body.opponent();
        ChallengeRule challenge = body == null ? ChallengeRule.VOID : body.challengeRule();
        boolean rated = body == null || body.rated() == null || body.rated();
        GameHost host = opponent == null
                ? Refusals.orThrow(games.create(creator, seats, lexicon, clock, games.newGameId(), null, challenge, rated))
                : againstBot(creator, seats, lexicon, clock, opponent, challenge, response);
        return ResponseEntity.created(URI.create("/api/games/" + host.id())).body(host.view(creator));
    }

    private GameHost againstBot(PlayerRef creator, int seats, Lexicon lexicon, TimeControl clock, String opponent,
                                ChallengeRule challenge, ServerHttpResponse response) {
        Bot bot = Bots.byId(opponent).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "unknown-bot",
                "No bot is called '" + opponent + "'; GET /api/bots lists them."));
        if (seats != 2) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-seats", "A game against a bot has 2 seats.");
        }
        return masters.admit(bot, () -> {
            GameHost host = Refusals.orThrow(games.create(creator, 2, lexicon, clock, challenge));
            Refusals.orThrow(host.join(bot.player()));
            Refusals.orThrow(host.start(creator));
            return host;
        }).orElseThrow(() -> ComputerBusy.problem(response));
    }

    @PostMapping("/api/games/{id}/join")
    Mono<GameView> join(@PathVariable String id, Caller caller, ServerWebExchange exchange) {
        PlayerRef player = player(caller);
        return finder.host(exchange, id)
                .flatMap(host -> host.status() != Status.WAITING ? Mono.just(host)
                        : blocks.blockedByAny(host.chat().seated(), player.id()).flatMap(blocked -> blocked
                                ? Mono.error(new ApiProblem(HttpStatus.CONFLICT, "blocked",
                                        "A player of this game has blocked you."))
                                : Mono.just(host)))
                .map(host -> timed("join", () -> games.join(host, player)));
    }

    @PostMapping("/api/games/{id}/start")
    Mono<GameView> start(@PathVariable String id, Caller caller, ServerWebExchange exchange) {
        PlayerRef player = player(caller);
        return finder.host(exchange, id).map(host -> timed("start", () -> host.start(player)));
    }

    @PostMapping("/api/games/{id}/moves")
    @BadRequestCode("bad-move")
    Mono<MoveAck> move(@PathVariable String id, Caller caller, @RequestBody GameRequests.Move body,
                       ServerWebExchange exchange) {
        PlayerRef player = player(caller);
        if (body.version() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad-move", "A move needs the game version you saw.");
        }
        var move = body.command().toMove().orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "bad-move",
                "A move is {type: place|exchange|pass|resign|challenge|abort|claim, version, tiles or letters}."));
        return finder.host(exchange, id).map(host -> timed("move", () -> host.move(player, body.version(), move)));
    }

    @PostMapping("/api/games/{id}/nudge")
    Mono<LiveEvents.Nudged> nudge(@PathVariable String id, Caller caller, ServerWebExchange exchange) {
        PlayerRef player = player(caller);
        return finder.host(exchange, id).map(host -> timed("nudge", () -> host.nudge(player)));
    }

    /** The creator calls off a game that has not started: it leaves the lobby. */
    @DeleteMapping("/api/games/{id}")
    Mono<ResponseEntity<Void>> cancel(@PathVariable String id, Caller caller, ServerWebExchange exchange) {
        PlayerRef player = player(caller);
        return finder.host(exchange, id).map(host -> {
            timed("cancel", () -> host.cancel(player));
            return ResponseEntity.noContent().<Void>build();
        });
    }

    private PlayerRef player(Caller caller) {
        return finder.player(caller);
    }

    private <T> T timed(String command, Supplier<Outcome<T>> apply) {
        long start = System.nanoTime();
        Outcome<T> outcome = apply.get();
        meters.commandAnswered(command, outcome instanceof Outcome.Refused<T> refused ? refused.refusal().code().code() : "done",
                Duration.ofNanos(System.nanoTime() - start));
        return Refusals.orThrow(outcome);
    }
}
