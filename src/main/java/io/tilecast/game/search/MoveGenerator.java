package io.tilecast.game.search;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.lexicon.WordGraph;
import io.tilecast.game.lexicon.WordList;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Rack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds every legal play of a rack on a board, each once and with its score, by the anchor-square method of Appel and
 * Jacobson ("The World's Fastest Scrabble Program", 1988) on the lexicon's {@link WordGraph}.
 */
public final class MoveGenerator {

    private final WordGraph graph;

    private MoveGenerator(WordGraph graph) {
        this.graph = graph;
    }

    /** The generator for a lexicon's words; the first call for a lexicon builds its letter tree. */
    public static MoveGenerator of(Lexicon lexicon) {
        if (lexicon instanceof WordList words) {
            return new MoveGenerator(words.graph());
        }
        throw new IllegalArgumentException("moves cannot be found in " + lexicon.name() + ": it lists no words");
    }

    /** Hands every legal play to {@code each}, as it is found. */
    public void generate(Board board, Rack rack, Consumer<Candidate> each) {
        new MoveSearch(graph, board, rack, each).run();
    }

    /** Every legal play. */
    public List<Play> plays(Board board, Rack rack) {
        List<Play> plays = new ArrayList<>();
        generate(board, rack, found -> plays.add(found.play()));
        return plays;
    }

    /** The highest-scoring play (of equal scores, the first found), or empty when the rack has none. */
    public Optional<Play> best(Board board, Rack rack) {
        Play[] best = new Play[1];
        generate(board, rack, found -> {
            if (best[0] == null || found.score() > best[0].score()) {
                best[0] = found.play();
            }
        });
        return Optional.ofNullable(best[0]);
    }
}
