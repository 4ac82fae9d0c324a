package io.tilecast.play.computer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Ruling;
import io.tilecast.game.rules.TileSet;
import io.tilecast.game.search.Expert;
import io.tilecast.game.search.LeaveTable;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Position;
import io.tilecast.game.search.Steady;
import io.tilecast.game.search.Strategy;
import io.tilecast.play.host.GameSetup;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Table;
import io.tilecast.play.host.view.AnalysisView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over seeded games between the steady and the expert levels: the top move's equity is never below the played one's,
 * every equity is the score plus the leave's value from the shipped table, and the summary adds up the turns.
 */
class EquityReviewTest {

    private static final Lexicon ENGLISH = Lexicon.english();
    private static final MoveGenerator MOVES = MoveGenerator.of(ENGLISH);
    private static final List<PlayerRef> PLAYERS = List.of(new PlayerRef("p-a", "ann"), new PlayerRef("p-b", "ben"));

    static LongStream seeds() {
        return LongStream.range(1, 7);
    }

    @ParameterizedTest(name = "seed={0}L")
    @MethodSource("seeds")
    void theTopMoveIsNeverWorseAndEveryEquityIsScorePlusTheShippedLeaveValue(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Strategy[] levels = {new Steady(), new Expert()};
        GameState game = GameState.start(seed, 2, ENGLISH);
        List<Integer> bagBefore = new ArrayList<>();
        while (!game.finished()) {
            int seat = game.toMove();
            bagBefore.add(game.bagSize());
            Move move = levels[seat].choose(new Position(game.board(), game.rack(seat), game.scores(), seat,
                    game.bagSize()), MOVES, random);
            game = ((Ruling.Accepted) game.apply(seat, move)).next();
        }
        Table table = new Table(new GameSetup("local-g", "local", PLAYERS.getFirst(), 2, ENGLISH, seed,
                Instant.EPOCH, null, null, ChallengeRule.VOID), PLAYERS, 5 + game.turns().size(), game);

        AnalysisView review = GameAnalysis.review(table);

        assertThat(review.format()).isEqualTo(2);
        double[] lost = new double[2];
        for (int i = 0; i < review.moves().size(); i++) {
            AnalysisView.TurnReview turn = review.moves().get(i);
            AnalysisView.Played played = turn.played();
            assertThat(played.equity()).as("turn %d", i).isNotNull();
            assertThat(turn.top()).as("turn %d", i).isNotNull();
            assertThat(turn.top().equity()).as("turn %d", i).isGreaterThanOrEqualTo(played.equity());
            int bag = bagBefore.get(i);
            double leaveValue = bag == 0 ? -2.0 * TileSet.points(played.leave())
                    : LeaveTable.shipped().of(played.leave());
            assertThat(played.equity()).as("turn %d", i).isCloseTo(played.score() + leaveValue, within(0.006));
            double topLeave = bag == 0 ? -2.0 * TileSet.points(turn.top().leave())
                    : LeaveTable.shipped().of(turn.top().leave());
            assertThat(turn.top().equity()).isCloseTo(turn.top().score() + topLeave, within(0.006));
            assertThat(turn.best().score()).isGreaterThanOrEqualTo(Math.max(played.score(), turn.top().score()));
            assertThat(turn.equityLost()).isCloseTo(turn.top().equity() - played.equity(), within(0.011));
            lost[turn.seat()] += turn.equityLost();
        }
        for (AnalysisView.PlayerSummary player : review.players()) {
            assertThat(player.equityLost()).isCloseTo(lost[player.seat()], within(0.01));
        }
    }
}
