package io.tilecast.game.rules;

import java.util.List;

/**
 * A play that may still be challenged, with what it takes to withdraw it; {@code phonies} are its words not in the
 * lexicon, which no view shows.
 */
public record PendingPlay(int seat, Board boardBefore, List<Placement> tiles, String rackBefore, String drawn,
                          int score, int words, List<String> phonies, int scorelessBefore, boolean out) {

    public PendingPlay {
        tiles = List.copyOf(tiles);
        phonies = List.copyOf(phonies);
    }
}
