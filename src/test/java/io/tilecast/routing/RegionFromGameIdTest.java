package io.tilecast.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionFromGameIdTest {

    final RegionFromGameId sydney = new RegionFromGameId(new FlyMachine("syd", "m1", "ams"));

    @Test
    void gameOfThisRegionIsHere() {
        assertThat(sydney.locate("syd-4fK2pQ9xT7mB1cZ8").block()).isEqualTo(new GameLocation.Here());
    }

    @Test
    void gameOfAnotherRegionIsThere() {
        assertThat(sydney.locate("ams-4fK2pQ9xT7mB1cZ8").block()).isEqualTo(new GameLocation.OtherRegion("ams"));
    }

    @Test
    void randomPartMayContainDashes() {
        assertThat(sydney.locate("ams-4fK2-Q9xT_mB1cZ8").block()).isEqualTo(new GameLocation.OtherRegion("ams"));
    }

    @Test
    void idWithoutRegionIsUnknown() {
        assertThat(sydney.locate("4fK2pQ9xT7mB1cZ8").block()).isEqualTo(new GameLocation.Unknown());
        assertThat(sydney.locate("-4fK2pQ9xT7mB1cZ8").block()).isEqualTo(new GameLocation.Unknown());
        assertThat(sydney.locate("syd-").block()).isEqualTo(new GameLocation.Unknown());
        assertThat(sydney.locate("SYD-abc").block()).isEqualTo(new GameLocation.Unknown());
    }

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
    }

    @Test
    void aMachineIdThatCouldNotBeReadBackIsLeftOut() {
        assertThat(GameId.newIn("syd", "host.example.com").machine()).isEmpty();
    }
}
