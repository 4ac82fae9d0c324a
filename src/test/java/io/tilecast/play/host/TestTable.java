package io.tilecast.play.host;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.host.view.GameView;
import io.tilecast.play.hosting.HostedGames;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * A table for host tests: a game of two hosted in memory, with a log that keeps what it is given
 * and can be told to refuse, as the journal does when its queue is full.
 */
public final class TestTable {

    public static final PlayerRef ALICE = new PlayerRef("p-alice", "alice");
    public static final PlayerRef BOB = new PlayerRef("p-bob", "bob");
    public static final PlayerRef CAROL = new PlayerRef("p-carol", "carol");

    public final List<LoggedEvent> logged = new ArrayList<>();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final PlayMeters meters = new PlayMeters(registry);
    boolean refusing;
    public final GameLog log = (epoch, after, events) -> {
        if (refusing) {
            return false;
        }
        logged.addAll(events);
        return true;
    };
    final HostedGames games;
    final PlaySettings settings;
    public final Hosting hosting;

    public TestTable(int resumeBuffer, int watcherBuffer) {
        settings = new PlaySettings(resumeBuffer, watcherBuffer, Duration.ofSeconds(15), Duration.ofSeconds(30),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(10), 10, Duration.ofHours(72),
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5), null);
        hosting = new Hosting(settings, meters, Clock.systemUTC());
        games = new HostedGames("local", "test-machine", log, id -> Mono.empty(), hosting, host -> { });
    }

    /** A waiting game of {@code seats} with the default clock, {@code creator} in seat 0. */
    public Outcome<GameHost> create(PlayerRef creator, int seats) {
        return games.create(creator, seats, Lexicon.english(), TimeControl.DEFAULT);
    }

    /** A started two-player game between alice (seat 0) and bob (seat 1). */
    public GameHost startedGame() {
        return startedGame(ALICE, BOB);
    }

    /** A started game, the first player being its creator in seat 0. */
    public GameHost startedGame(PlayerRef... players) {
        GameHost host = done(create(players[0], players.length));
        for (int i = 1; i < players.length; i++) {
            done(host.join(players[i]));
        }
        GameView started = done(host.start(players[0]));
        assert started.status().equals("active");
        return host;
    }

    public static <T> T done(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Done<T> done) {
            return done.value();
        }
        throw new AssertionError("refused: " + ((Outcome.Refused<T>) outcome).refusal());
    }
}
