package io.tilecast.play;

import static io.tilecast.play.TestTable.ALICE;
import static io.tilecast.play.TestTable.BOB;
import static io.tilecast.play.TestTable.CAROL;
import static io.tilecast.play.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.Move;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.SignalType;
import reactor.test.StepVerifier;

/** Resuming, snapshots and slow watchers, at the host: what every live stream is built on. */
class LiveStreamTest {

    @Test
    void aClientResumingFromItsLastEventGetsExactlyTheEventsAfterIt() {
        TestTable table = new TestTable(64, 64);
        GameHost host = table.startedGame();
        int seen = host.view(ALICE).version();
        passes(host, 3);

        List<Delivery> resumed = new CopyOnWriteArrayList<>();
        host.events(BOB, OptionalInt.of(seen)).subscribe(resumed::add);
        host.closeStreams("test");

        assertThat(resumed).extracting(Delivery::type).containsExactly("moved", "moved", "moved", "reconnect");
        assertThat(resumed).extracting(Delivery::version).containsExactly(seen + 1, seen + 2, seen + 3, seen + 3);
    }

    @Test
    void aClientTooFarBehindGetsASnapshot() {
        TestTable table = new TestTable(2, 64);
        GameHost host = table.startedGame();
        int seen = host.view(ALICE).version();
        passes(host, 3);

        StepVerifier.create(host.events(BOB, OptionalInt.of(seen)).take(1))
                .assertNext(d -> {
                    assertThat(d.type()).isEqualTo("snapshot");
                    assertThat(d.version()).isEqualTo(seen + 3);
                })
                .verifyComplete();
    }

    @Test
    void anUnknownLastEventIdGetsASnapshot() {
        GameHost host = new TestTable(64, 64).startedGame();

        StepVerifier.create(host.events(BOB, OptionalInt.of(999)).take(1))
                .assertNext(d -> assertThat(d.type()).isEqualTo("snapshot"))
                .verifyComplete();
    }

    @Test
    void aWatcherThatReadsNothingIsCutOffAndDoesNotDelayTheOthers() {
        TestTable table = new TestTable(64, 8);
        GameHost host = table.startedGame(ALICE, BOB, CAROL);
        Stalled stalled = new Stalled();
        host.events(null, OptionalInt.empty()).subscribe(stalled);
        List<Delivery> reader = new CopyOnWriteArrayList<>();
        host.events(BOB, OptionalInt.empty()).subscribe(reader::add);

        passes(host, 9); // nine scoreless turns end a three-player game: 9 moved + 1 ended, more than 8 buffered

        assertThat(reader).extracting(Delivery::type).hasSize(11).startsWith("snapshot").endsWith("ended");
        assertThat(stalled.received).isZero();
        assertThat(stalled.finished).isEqualTo(SignalType.ON_COMPLETE);
        assertThat(host.watchers()).isEqualTo(1);
    }

    private static void passes(GameHost host, int count) {
        for (int i = 0; i < count; i++) {
            var view = host.view(ALICE);
            PlayerRef mover = view.seats().get(view.turn()).player();
            done(host.move(mover, view.version(), new Move.Pass()));
        }
    }

    /** Subscribes and never asks for anything, like a client whose connection has stopped reading. */
    private static final class Stalled extends BaseSubscriber<Delivery> {
        volatile int received;
        volatile SignalType finished;

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
            // no demand
        }

        @Override
        protected void hookOnNext(Delivery value) {
            received++;
        }

        @Override
        protected void hookFinally(SignalType type) {
            finished = type;
        }
    }
}
