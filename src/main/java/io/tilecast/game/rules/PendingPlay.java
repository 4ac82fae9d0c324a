package io.tilecast.game.rules;

import java.util.List;

/** A play that may still be challenged, with what it takes to withdraw it; no view shows its {@code phonies}. */
public record PendingPlay(int seat, Board boardBefore, List<Placement> tiles, String rackBefore, String drawn,
                          int score, int words, List<String> phonies, int scorelessBefore, boolean out) {

    public PendingPlay {
        tiles = List.copyOf(tiles);
        phonies = List.copyOf(phonies);
    }
}
