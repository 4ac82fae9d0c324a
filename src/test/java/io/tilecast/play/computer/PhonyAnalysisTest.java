package io.tilecast.play.computer;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.GameClock;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Ruling;
import io.tilecast.play.host.GameSetup;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Table;
import io.tilecast.play.host.view.AnalysisView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review marks a phony play, and gives a withdrawn play's rack its best play on the board it was played on. */
class PhonyAnalysisTest {

    private static final Lexicon ENGLISH = Lexicon.english();
    private static final List<PlayerRef> PLAYERS = List.of(new PlayerRef("p-a", "ann"), new PlayerRef("p-b", "ben"));

    @Test
    void aPhonyIsMarkedAndTheWithdrawnRackStillHasItsBestPlay() {
        GameState game = GameState.start(11, 2, ENGLISH, GameClock.NONE, null, ChallengeRule.DOUBLE);
        String rack = game.rack(0).tiles().replace("?", "");
        Move phony = null;
        for (int a = 0; a < rack.length() && phony == null; a++) {
            for (int b = 0; b < rack.length() && phony == null; b++) {
                if (a != b && !ENGLISH.contains("" + rack.charAt(a) + rack.charAt(b))) {
                    phony = Move.Place.of(Placement.tile(7, 7, rack.charAt(a)), Placement.tile(7, 8, rack.charAt(b)));
                }
            }
        }
        game = ((Ruling.Accepted) game.apply(0, phony)).next();
        game = ((Ruling.Accepted) game.apply(1, new Move.Challenge())).next();
        Table table = new Table(new GameSetup("local-g", "local", PLAYERS.getFirst(), 2, ENGLISH, 11,
                Instant.EPOCH, null, null, ChallengeRule.DOUBLE), PLAYERS, 5 + game.turns().size(), game);

        AnalysisView review = GameAnalysis.review(table);

        assertThat(review.moves().get(0).played().phony()).isTrue();
        assertThat(review.moves().get(0).best()).isNotNull();
        assertThat(review.moves().get(1).type()).isEqualTo("challenge");
        assertThat(review.moves().get(1).played().phony()).isFalse();
        assertThat(review.moves().get(1).best()).isNull();
    }
}
