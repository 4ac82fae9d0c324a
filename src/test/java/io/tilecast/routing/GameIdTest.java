package io.tilecast.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GameIdTest {

    @Test
    void newIdsNameTheirRegionAndMachineAndCarryNinetySixRandomBits() {
        GameId id = GameId.newIn("syd", "148ed726c52389");

        assertThat(id.toString()).matches("syd-[A-Za-z0-9_-]{16}\\.148ed726c52389");
        assertThat(GameId.parse(id.toString())).contains(id);
        assertThat(id.machine()).contains("148ed726c52389");
        assertThat(GameId.newIn("syd", "148ed726c52389")).isNotEqualTo(id);
    }

    @Test
    void idsMadeBeforeMachinesWereNamedStillParse() {
        assertThat(GameId.parse("syd-4fK2pQ9xT7mB1cZ8"))
                .contains(new GameId("syd", "4fK2pQ9xT7mB1cZ8", Optional.empty()));
        assertThat(GameId.parse("ams-4fK2-Q9xT_mB1cZ8")).map(GameId::region).contains("ams");
    }

    /** Checked before any query: text of another shape names no game, and costs no database a look. */
    @Test
    void onlyTheExactShapeParses() {
        assertThat(GameId.parse("4fK2pQ9xT7mB1cZ8")).isEmpty();
        assertThat(GameId.parse("-4fK2pQ9xT7mB1cZ8")).isEmpty();
        assertThat(GameId.parse("syd-")).isEmpty();
        assertThat(GameId.parse("SYD-4fK2pQ9xT7mB1cZ8")).isEmpty();
        assertThat(GameId.parse("syd-abc")).as("too short").isEmpty();
        assertThat(GameId.parse("syd-4fK2pQ9xT7mB1cZ8x")).as("too long").isEmpty();
        assertThat(GameId.parse("syd-4fK2pQ9xT7mB1cZ8.")).as("no machine after the dot").isEmpty();
        assertThat(GameId.parse("syd-4fK2pQ9xT7mB1c\u0000Z")).isEmpty();
        assertThat(GameId.parse("abcdefghijklmnopq-4fK2pQ9xT7mB1cZ8")).as("region too long").isEmpty();
    }

    @Test
    void aMachineIdThatCouldNotBeReadBackIsLeftOut() {
        assertThat(GameId.newIn("syd", "host.example.com").machine()).isEmpty();
    }
}
