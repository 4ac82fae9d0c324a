package io.tilecast.play.host;

import io.tilecast.game.gcg.RecordReplay;
import io.tilecast.play.host.view.ClockView;
import io.tilecast.play.host.view.LiveEvents;
import io.tilecast.play.host.view.ResultView;
import java.util.ArrayList;
import java.util.List;

/**
 * An imported game's log, {@code created} and then the record whole, and the finished table it is read back into: the
 * seats are the record's players, named, with no account behind them.
 */
public final class RecordImport {

    private RecordImport() {
    }

    /** The new game's first two events, for a record that {@link RecordReplay} replays. */
    public static Decision.Changed decide(GameCommands commands, GameSetup setup, String gcg) {
        Decision.Changed created = commands.create(setup);
        LoggedEvent imported = new LoggedEvent(created.next().version() + 1, setup.createdAt(),
                new Change.Imported(gcg));
        GameCommands.Step step = replayed(created.next(), imported, (Change.Imported) imported.change());
        List<LoggedEvent> logged = new ArrayList<>(created.logged());
        logged.add(imported);
        List<GameEvent> shown = new ArrayList<>(created.events());
        shown.add(step.shown().get());
        return new Decision.Changed(step.next(), logged, shown);
    }

    static GameCommands.Step replayed(Table table, LoggedEvent event, Change.Imported imported) {
        if (!(RecordReplay.of(imported.gcg(), table.setup().lexicon()) instanceof RecordReplay.Replayed replayed)) {
            throw new IllegalStateException("Game " + table.setup().id() + " holds a record that does not replay");
        }
        List<PlayerRef> seats = replayed.names().stream().map(name -> new PlayerRef(null, name)).toList();
        Table next = new Table(table.setup(), seats, event.version(), replayed.game());
        ResultView result = ResultView.of(replayed.game().result().orElseThrow());
        return new GameCommands.Step(next, () -> GameEvent.shared(event.version(), EventName.ENDED,
                new LiveEvents.Ended(event.version(), result, ClockView.of(replayed.game().clock()))));
    }
}
