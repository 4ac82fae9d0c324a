package io.tilecast.play.host;

import static io.tilecast.play.host.TestTable.ALICE;
import static io.tilecast.play.host.TestTable.BOB;
import static io.tilecast.play.host.TestTable.CAROL;
import static io.tilecast.play.host.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.game.rules.Move;
import io.tilecast.play.host.view.GameView;
import io.tilecast.play.host.view.LiveEvents;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class GameHostTest {

    private final TestTable table = new TestTable(64, 64);

    @Test
    void creatorSitsInSeatZeroAndTheGameWaits() {
        GameHost host = done(table.create(ALICE, 3));

        GameView view = host.view(ALICE);

        assertThat(view.status()).isEqualTo("waiting");
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.seats()).extracting(seat -> seat.player().name()).containsExactly("alice");
        assertThat(table.logged).extracting(LoggedEvent::type).containsExactly("created");
    }

    @Test
    void joiningTwiceOrIntoAFullGameIsRefusedAndChangesNothing() {
        GameHost host = done(table.create(ALICE, 2));
        done(host.join(BOB));

        assertThat(refusal(host.join(BOB))).isEqualTo("already-seated");
        assertThat(refusal(host.join(CAROL))).isEqualTo("game-full");
        assertThat(host.view(null).version()).isEqualTo(2);
    }

    @Test
    void onlyTheCreatorStartsAndOnlyWithTwoPlayers() {
        GameHost host = done(table.create(ALICE, 2));

        assertThat(refusal(host.start(ALICE))).isEqualTo("not-enough-players");
        done(host.join(BOB));
        assertThat(refusal(host.start(BOB))).isEqualTo("not-creator");
        done(host.start(ALICE));
        assertThat(refusal(host.start(ALICE))).isEqualTo("game-started");
        assertThat(refusal(host.join(CAROL))).isEqualTo("game-started");
    }

    @Test
    void aMoveWithAnOldVersionIsStaleAndIsNotAppliedTwice() {
        GameHost host = table.startedGame();
        int version = host.view(ALICE).version();

        done(host.move(ALICE, version, new Move.Pass()));

        assertThat(refusal(host.move(ALICE, version, new Move.Pass()))).isEqualTo("stale-version");
        assertThat(host.view(ALICE).version()).isEqualTo(version + 1);
    }

    @Test
    void spectatorsAndOutOfTurnPlayersAreRefused() {
        GameHost host = table.startedGame();
        int version = host.view(ALICE).version();

        assertThat(refusal(host.move(CAROL, version, new Move.Pass()))).isEqualTo("not-seated");
        assertThat(refusal(host.move(BOB, version, new Move.Pass()))).isEqualTo("not-your-turn");
        assertThat(host.view(ALICE).version()).isEqualTo(version);
    }

    @Test
    void whenTheJournalIsFullTheMoveIsRefusedAndNothingChanges() {
        GameHost host = table.startedGame();
        GameView before = host.view(ALICE);
        table.refusing = true;

        assertThat(refusal(host.move(ALICE, before.version(), new Move.Pass()))).isEqualTo("journal-full");

        assertThat(host.view(ALICE)).isEqualTo(before);
    }

    @Test
    void eachSeatSeesOnlyItsOwnRack() {
        GameHost host = table.startedGame();

        assertThat(host.view(ALICE).rack()).hasSize(7);
        assertThat(host.view(BOB).rack()).hasSize(7);
        assertThat(host.view(null).rack()).isNull();
        assertThat(host.view(CAROL).rack()).isNull();
    }

    @Test
    void theMoverAloneSeesTheNewRackInTheMovedEvent() {
        GameHost host = table.startedGame();
        int version = host.view(ALICE).version();
        List<Delivery> alice = watch(host, ALICE, version);
        List<Delivery> bob = watch(host, BOB, version);
        List<Delivery> spectator = watch(host, null, version);

        done(host.move(ALICE, version, new Move.Exchange(host.view(ALICE).rack().substring(0, 3))));
        // Delivered after the acknowledgement, off the mover's thread.
        await().atMost(Duration.ofSeconds(5))
                .until(() -> !alice.isEmpty() && !bob.isEmpty() && !spectator.isEmpty());

        LiveEvents.Moved toAlice = (LiveEvents.Moved) alice.getFirst().data();
        assertThat(toAlice.rack()).isEqualTo(host.view(ALICE).rack());
        assertThat(toAlice.move().count()).isEqualTo(3);
        for (List<Delivery> other : List.of(bob, spectator)) {
            LiveEvents.Moved moved = (LiveEvents.Moved) other.getFirst().data();
            assertThat(moved.rack()).isNull();
            assertThat(moved.move().count()).isEqualTo(3);
        }
    }

    private static List<Delivery> watch(GameHost host, PlayerRef viewer, int fromVersion) {
        List<Delivery> received = new CopyOnWriteArrayList<>();
        host.events(viewer, OptionalInt.of(fromVersion), StreamLine.NONE).filter(Delivery::versioned)
                .subscribe(received::add);
        return received;
    }

    private static String refusal(Outcome<?> outcome) {
        return outcome instanceof Outcome.Refused<?> refused ? refused.refusal().code().code() : "done";
    }
}
