package io.tilecast.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A move reaching the opponent, with many games at once, beside a bare relay: {@code G} slots of
 * two-player games on Tilecast ({@link TilecastSlot}) and the same shape on nginx with nchan
 * ({@link NchanSlot}), each server a process of its own, the client this JVM on raw connections.
 * Each round runs its slots for a settling time, then measures a window: every move sent inside it,
 * from just before it is sent until the opponent's stream has it, and the server's CPU time over the
 * window divided by those moves (a game's creation, join, start and streams included on Tilecast's
 * side, as a channel's subscriptions are on nchan's).
 *
 * <p>With {@code -Dmoves=place} every move is a play prepared before the run ({@link PreparedGame}), and
 * {@code -Dturns=N} makes each game N such plays long instead of six.
 * Arguments: game counts (comma-separated), rounds of each, seconds per window, mean think time
 * in ms (defaults {@code 300,1000 2 20 300}), then the Tilecast server's JVM options (default
 * {@code -Xmx1g}; {@code -Dbench.classpath.without=io_uring} runs it on epoll, {@code -Dbench.jar=tilecast.jar}
 * from an extracted jar). Games are rated, or casual with {@code -Dbench.rated=false} in this JVM's options.
 */
public final class MoveToOpponent {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    public static void main(String[] args) throws Exception {
        int[] counts = Arrays.stream((args.length > 0 ? args[0] : "300,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Duration window = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
        Duration think = Duration.ofMillis(args.length > 3 ? Long.parseLong(args[3]) : 300);
        List<String> serverJvm = args.length > 4 ? List.of(args).subList(4, args.length) : List.of("-Xmx1g");
        int most = Arrays.stream(counts).max().orElse(1);
        PreparedGame moves = "place".equals(System.getProperty("moves"))
                ? PreparedGame.placing(TurnSlot.TURNS) : PreparedGame.passes();
        if (!moves.places() && TurnSlot.TURNS != 6) {
            throw new IllegalArgumentException("-Dturns needs -Dmoves=place: six passes end a game");
        }

        try (EmbeddedPostgres postgres = BenchPostgres.start("tilecast-opponent");
             TilecastProcess tilecast = TilecastProcess.start(
                     "postgres://postgres:@127.0.0.1:" + postgres.getPort() + "/postgres", serverJvm,
                     BenchServer.NO_LIMITS, "tilecast.play.deal-seed=" + (moves.places() ? PreparedGame.SEED : ""));
             Nchan nchan = Nchan.start();
             Api api = new Api(tilecast.port(), Math.min(most, 512));
             Api publisher = new Api(nchan.port(), Math.min(most, 512));
             Watchers tilecastStreams = new Watchers(tilecast.port(), 2);
             Watchers nchanStreams = new Watchers(nchan.port(), 2)) {
            System.out.printf("Move to the opponent against nginx + nchan, every move a %s: %s %s games of %d turns, %d rounds,"
                            + " %d s windows after %d s settling, think time %d ms on average; client: this JVM, streams"
                            + " on 2 event-loop threads, moves on 2; Tilecast: JVM %s; JDK %s, %d cores, load %s%n",
                    moves.places() ? "prepared play" : "pass", Arrays.toString(counts), Api.RATED ? "rated" : "casual",
                    TurnSlot.TURNS,
                    rounds, window.toSeconds(), SETTLE.toSeconds(), think.toMillis(),
                    serverJvm, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    Latencies.loadAverage());
            List<Api.Player> players = Flux.range(0, 2 * most).flatMapSequential(i -> api.register("p" + i), 32)
                    .collectList().block(Duration.ofMinutes(2));
            String message = movedData(api, players, tilecast.port(), moves);
            Slots ours = (i, round, stop) -> new TilecastSlot(round, think, stop, api, tilecastStreams,
                    players.get(2 * i), players.get(2 * i + 1), moves);
            Slots peer = (i, round, stop) -> new NchanSlot(round, think, stop, publisher, nchanStreams, message);

            int warm = counts[0];
            System.out.println("warm-up " + play(new OpponentRound("Tilecast", warm), ours, tilecast.process(), window)
                    .describe());
            System.out.println("warm-up " + play(new OpponentRound("nchan", warm), peer, nchan.process(), window)
                    .describe());
            System.out.println("Warmed up with a round of each at " + warm + " games");
            List<OpponentRound[]> pairs = new ArrayList<>();
            for (int games : counts) {
                for (int round = 1; round <= rounds; round++) {
                    OpponentRound mine = play(new OpponentRound("Tilecast", games), ours,
                            tilecast.process(), window);
                    System.out.println(mine.describe());
                    OpponentRound theirs = play(new OpponentRound("nchan", games), peer,
                            nchan.process(), window);
                    System.out.println(theirs.describe());
                    pairs.add(new OpponentRound[] {mine, theirs});
                }
            }
            System.out.println();
            System.out.println("Tilecast / nchan (goal: opponent p50 and p99 <= 1.25x, CPU per move <= 2x)");
            pairs.forEach(pair -> System.out.println(pair[0].ratios(pair[1])));
            System.out.printf("load average at the end %s%n", Latencies.loadAverage());
        }
        System.exit(0);
    }

    /** How one server's side makes the {@code i}-th slot of a round. */
    @FunctionalInterface
    interface Slots {
        TurnSlot slot(int i, OpponentRound round, TurnSlot.Stop stop);
    }

    /** Runs one round: the slots begun over a second, settled, the window measured, then stopped. */
    private static OpponentRound play(OpponentRound round, Slots slots, ProcessHandle server, Duration window)
            throws InterruptedException {
        TurnSlot.Stop stop = new TurnSlot.Stop(round.games);
        List<TurnSlot> playing = new ArrayList<>();
        for (int i = 0; i < round.games; i++) {
            playing.add(slots.slot(i, round, stop));
        }
        for (int i = 0; i < playing.size(); i++) {
            TurnSlot slot = playing.get(i);
            Mono.delay(Duration.ofMillis(i * 1000L / playing.size())).subscribe(tick -> slot.next());
        }
        Thread.sleep(SETTLE);
        round.open(FanOutAgainstNchan.cpuNanos(server));
        Thread.sleep(window);
        round.close(FanOutAgainstNchan.cpuNanos(server));
        long left = stop.await(30);
        if (left > 0) {
            System.out.println(round.server + ": " + left + " slots had not finished their game; closing them");
            playing.stream().map(TurnSlot::standing).filter(s -> s != null).limit(3)
                    .forEach(standing -> System.out.println("  " + standing));
            playing.forEach(TurnSlot::finish);
        }
        return round;
    }

    /** The data of a first move's {@code moved} event as a spectator is sent it: what nchan publishes. */
    private static String movedData(Api api, List<Api.Player> players, int port, PreparedGame moves)
            throws Exception {
        Api.StartedGame game = api.startGame(players.get(0), players.get(1)).block();
        HttpRequest events = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/games/"
                + game.id() + "/events")).build();
        try (HttpClient client = HttpClient.newHttpClient();
             Stream<String> lines = client.send(events, HttpResponse.BodyHandlers.ofLines()).body()) {
            Api.Player mover = players.get(game.view().get("turn").asInt());
            api.post("/api/games/" + game.id() + "/moves", mover.token(),
                    moves.body(0, game.view().get("version").asInt()))
                    .block().expect(200, "the sample move");
            boolean moved = false;
            for (Iterator<String> line = lines.iterator(); line.hasNext(); ) {
                String text = line.next();
                if (text.startsWith("event:")) {
                    moved = text.substring(6).trim().equals("moved");
                } else if (moved && text.startsWith("data:")) {
                    return text.substring(5);
                }
            }
        }
        throw new IllegalStateException("no moved event on the sample game's stream");
    }
}
