package io.tilecast.play.host;

import io.tilecast.game.rules.Move;

/** What a host is asked to do to its game. */
public sealed interface GameCommand {

    record Join(PlayerRef player) implements GameCommand {
    }

    record Start(PlayerRef caller) implements GameCommand {
    }

    /** A move by {@code player}, taken only while {@code seenVersion} is still the game's version. */
    record Play(PlayerRef player, int seenVersion, Move move) implements GameCommand {
    }

    /** Times out every seat whose time is up, one after another. */
    record KeepTime() implements GameCommand {
    }
}
