package io.tilecast.game.rules;

import static io.tilecast.game.rules.Positions.EMPTY;
import static io.tilecast.game.rules.Positions.across;
import static io.tilecast.game.rules.Positions.played;
import static io.tilecast.game.rules.Positions.positionWithBag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Who may see what: your own rack and draws, never anyone else's, never the bag. */
class TableViewTest {

    private final GameState game = played(played(positionWithBag(EMPTY, "ABCDEFGHIJKLMN", "AEINRST", "??CEOXZ"),
            0, across(7, 3, "NASTIER")), 1, new Move.Exchange("XZ"));

    @Test
    void aSeatedPlayerSeesTheirOwnRackAndNoOtherPrivateDetail() {
        TableView view = game.view(OptionalInt.of(0));

        assertThat(view.rack()).contains(Rack.of("ABCDEFG"));
        assertThat(view.board().get(7)).isEqualTo("...NASTIER.....");
        assertThat(view.scores()).containsExactly(66, 0);
        assertThat(view.rackSizes()).containsExactly(7, 7);
        assertThat(view.bag()).isEqualTo(7);
        assertThat(view.toMove()).isZero();
        assertThat(view.turns().get(0).drawn()).isEqualTo("ABCDEFG");
        assertThat(view.turns().get(1).exchanged()).isEmpty();
        assertThat(view.turns().get(1).exchangedCount()).isEqualTo(2);
        assertThat(view.turns().get(1).rackBefore()).isEmpty();
    }

    @Test
    void aSpectatorSeesNoRack() {
        TableView view = game.view(OptionalInt.empty());

        assertThat(view.rack()).isEmpty();
        assertThat(view.turns()).allMatch(t -> t.drawn().isEmpty() && t.rackBefore().isEmpty());
    }

    @Test
    void theMoverSeesWhatTheyExchanged() {
        TableView view = game.view(OptionalInt.of(1));

        assertThat(view.turns().get(1).exchanged()).isEqualTo("XZ");
        assertThat(view.rack().orElseThrow().size()).isEqualTo(7);
    }
}
