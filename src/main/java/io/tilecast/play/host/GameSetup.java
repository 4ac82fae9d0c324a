package io.tilecast.play.host;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.TimeControl;
import java.time.Instant;

/**
 * What a game is from its creation on and never changes: its id, region, creator, size, lexicon, secret seed and time
 * control ({@code clock}, null for an untimed game); {@code rematchOf} names the finished game it is a rematch of (null
 * for a game created from the lobby); {@code rated} whether its end counts for the players' ratings;
 * {@code imported} when it was read from a record rather than played here.
 */
public record GameSetup(String id, String region, PlayerRef creator, int seatCount, Lexicon lexicon, long seed,
                        Instant createdAt, TimeControl clock, String rematchOf, ChallengeRule challenge,
                        boolean rated, boolean imported) {

    public GameSetup(String id, String region, PlayerRef creator, int seatCount, Lexicon lexicon, long seed,
                     Instant createdAt, TimeControl clock, String rematchOf, ChallengeRule challenge) {
        this(id, region, creator, seatCount, lexicon, seed, createdAt, clock, rematchOf, challenge, false, false);
    }

    public GameSetup(String id, String region, PlayerRef creator, int seatCount, Lexicon lexicon, long seed,
                     Instant createdAt, TimeControl clock, String rematchOf) {
        this(id, region, creator, seatCount, lexicon, seed, createdAt, clock, rematchOf, ChallengeRule.VOID);
    }
}
