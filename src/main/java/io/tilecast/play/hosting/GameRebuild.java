package io.tilecast.play.hosting;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.journal.StoredEvent;
import io.tilecast.journal.StoredGame;
import io.tilecast.play.host.Change;
import io.tilecast.play.host.Decision;
import io.tilecast.play.host.GameCommands;
import io.tilecast.play.host.GameEvent;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.GameSetup;
import io.tilecast.play.host.Hosting;
import io.tilecast.play.host.LoggedEvent;
import io.tilecast.play.host.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rebuilds a game from its seed and event log (DESIGN.md "Events are the record") as a fold of {@link
 * GameCommands#apply} over the log: the same racks, bag, versions and clocks as the game that was played, and the same
 * events for watchers who resume.
 */
public final class GameRebuild {

    private final EventCodec codec;
    private final Lexicons lexicons;
    private final GameCommands commands;

    public GameRebuild(EventCodec codec, Lexicons lexicons, GameCommands commands) {
        this.codec = codec;
        this.lexicons = lexicons;
        this.commands = commands;
    }

    /** The table after the last event, and what watchers were shown of each event, made when asked. */
    public record Rebuilt(Table table, List<Supplier<GameEvent>> views) {

        public List<GameEvent> shown() {
            return views.stream().map(Supplier::get).toList();
        }

        GameHost hosted(Hosting hosting, long epoch, GameLog log) {
            return hosting.host(table, shown(), epoch, log);
        }
    }

    /**
     * @throws IllegalStateException when the log does not replay (a corrupt or forked log) or the game's lexicon is not
     * on this server: such a game must not be hosted
     */
    public Rebuilt rebuild(StoredGame game, List<StoredEvent> events) {
        Lexicon lexicon = lexicons.named(game.lexicon()).orElseThrow(() -> new IllegalStateException(
                "Game " + game.id() + " is played with lexicon '" + game.lexicon() + "', which this server lacks"));
        List<LoggedEvent> log = events.stream().map(codec::read).toList();
        if (log.isEmpty() || !(log.getFirst().change() instanceof Change.Created created)) {
            throw new IllegalStateException("Game " + game.id() + " has no 'created' event");
        }
        GameSetup setup = new GameSetup(game.id(), game.region(), created.creator(), game.seatCount(), lexicon,
                game.seed(), game.createdAt(), created.clock(), created.rematchOf(),
                ChallengeRule.named(created.challenge()).orElseThrow(() -> new IllegalStateException(
                        "Game " + game.id() + " has an unknown challenge rule")), Boolean.TRUE.equals(created.rated()),
                Boolean.TRUE.equals(created.imported()));
        Decision.Changed start = commands.create(setup);
        Table table = start.next();
        List<Supplier<GameEvent>> views = new ArrayList<>();
        start.events().forEach(event -> views.add(() -> event));
        for (LoggedEvent event : log.subList(1, log.size())) {
            GameCommands.Step step = commands.apply(table, event);
            table = step.next();
            views.add(step.shown());
        }
        return new Rebuilt(table, views);
    }
}
