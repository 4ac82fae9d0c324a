package io.tilecast.play.host;

import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.host.view.ResultView;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a logged event says happened to a game; each kind is stored under its own type name. */
public sealed interface Change {

    /**
     * The creator sits in seat 0; null {@code clock}: untimed, {@code rematchOf}: new, {@code challenge}: void,
     * {@code rated}: casual (games from before ratings); {@code imported}: played at the table.
     */
    record Created(int seatCount, PlayerRef creator, String lexicon, TimeControl clock, String rematchOf,
                   String challenge, Boolean rated, Boolean imported) implements Change {
    }

    record Joined(int seat, PlayerRef player) implements Change {
    }

    record Started(int seats) implements Change {
    }

    /** A move as the player made it, with the score the host gave it. */
    record Moved(int seat, Move move, int score) implements Change {
    }

    /** The seat to move ran out of time and was resigned by the host. */
    record TimedOut(int seat) implements Change {
    }

    record Ended(ResultView result) implements Change {
    }

    /** Seat {@code by} challenged {@code seat}'s play and found it valid; {@code bonus} is what the rule gave. */
    record Challenged(int by, int seat, int bonus) implements Change {
    }

    /** Seat {@code by} challenged {@code seat}'s play, which formed {@code words} not in the lexicon: it came off. */
    record Withdrawn(int by, int seat, List<String> words) implements Change {
    }

    /** The creator ({@code by}) called the game off before it started; it leaves the lobby and takes no command. */
    record Cancelled(String by) implements Change {
    }

    /** The whole game as its GCG record tells it: the seats are the record's players and it is over. */
    record Imported(String gcg) implements Change {
    }

    default Kind kind() {
        return switch (this) {
            case Created created -> Kind.CREATED;
            case Joined joined -> Kind.JOINED;
            case Started started -> Kind.STARTED;
            case Moved moved -> Kind.MOVED;
            case TimedOut timedOut -> Kind.TIMED_OUT;
            case Ended ended -> Kind.ENDED;
            case Challenged challenged -> Kind.CHALLENGED;
            case Withdrawn withdrawn -> Kind.WITHDRAWN;
            case Cancelled cancelled -> Kind.CANCELLED;
            case Imported imported -> Kind.IMPORTED;
        };
    }

    /** The type names of the log's {@code type} column, each with the record it is read into. */
    enum Kind {
        CREATED("created", Created.class),
        JOINED("joined", Joined.class),
        STARTED("started", Started.class),
        MOVED("moved", Moved.class),
        TIMED_OUT("timeout", TimedOut.class),
        ENDED("ended", Ended.class),
        CHALLENGED("challenged", Challenged.class),
        WITHDRAWN("withdrawn", Withdrawn.class),
        CANCELLED("cancelled", Cancelled.class),
        IMPORTED("imported", Imported.class);

        private final String type;
        private final Class<? extends Change> record;

        Kind(String type, Class<? extends Change> record) {
            this.type = type;
            this.record = record;
        }

        public String type() {
            return type;
        }

        public Class<? extends Change> record() {
            return record;
        }

        public static Optional<Kind> named(String type) {
            return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
        }
    }
}
