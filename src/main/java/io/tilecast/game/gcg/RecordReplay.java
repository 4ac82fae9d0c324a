package io.tilecast.game.gcg;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.GameState;
import java.util.List;

/** A GCG record replayed as recorded into a game, or the first line that keeps it from being one. */
public sealed interface RecordReplay {

    /** The game the record tells, finished where the record stops, and each seat's name. */
    record Replayed(GameState game, List<String> names) implements RecordReplay {

        public Replayed {
            names = List.copyOf(names);
        }
    }

    /** The text is not a GCG record Tilecast can read: {@code line} is the first line it could not (1-based). */
    record Unreadable(int line, String reason) implements RecordReplay {
    }

    /** The scores Tilecast gives the plays part from the record's totals first at {@code line}. */
    record Disagrees(int line, String player, int recorded, int computed) implements RecordReplay {
    }

    static RecordReplay of(String text, Lexicon lexicon) {
        return RecordedTurns.replay(GcgReader.read(text, lexicon), lexicon);
    }
}
