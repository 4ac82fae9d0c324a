package io.tilecast.play.host;

import io.tilecast.game.rules.Move;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    static GameCommand of(PlayerRef player, int seenVersion, Move move, Supplier<List<Optional<Instant>>> claimable) {
        return move instanceof Move.Claim ? new Claim(player, seenVersion, claimable.get())
                : new Play(player, seenVersion, move);
    }

    /** A claim against the absent player to move; {@code claimableFrom[seat]} is empty while that seat is present. */
    record Claim(PlayerRef player, int seenVersion, List<Optional<Instant>> claimableFrom) implements GameCommand {
    }

    /** The creator calls off a game that has not started. */
    record Cancel(PlayerRef caller) implements GameCommand {
    }
}
