package io.tilecast.play;

import io.tilecast.game.Lexicon;
import java.time.Instant;

/** What a game is from its creation on and never changes: its id, region, creator, size, lexicon and secret seed. */
public record GameSetup(String id, String region, PlayerRef creator, int seatCount, Lexicon lexicon, long seed,
                        Instant createdAt) {
}
