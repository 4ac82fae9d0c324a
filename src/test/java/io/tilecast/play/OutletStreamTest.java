package io.tilecast.play;

import static io.tilecast.play.TestTable.ALICE;
import static io.tilecast.play.TestTable.BOB;
import static io.tilecast.play.TestTable.CAROL;
import static io.tilecast.play.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.game.Move;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Streams written straight to their connections through outlets, at the host. */
class OutletStreamTest {

    private final ExecutorService connectionThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopConnectionThread() {
        connectionThread.shutdownNow();
    }

    @Test
    void anOutletIsWrittenItsBacklogThenEveryEventInOrderEachSentAtOnce() {
        GameHost host = new TestTable(64, 64).startedGame();
        int seen = host.view(ALICE).version();
        passes(host, 2);
        Connection connection = new Connection(64);

        StepVerifier.create(host.events(BOB, OptionalInt.of(seen), connection))
                .then(() -> {
                    passes(host, 1);
                    host.closeStreams("test");
                })
                .expectComplete()
                .verify(Duration.ofSeconds(5));

        assertThat(connection.sent).extracting(Delivery::type).containsExactly("moved", "moved", "moved", "reconnect");
        assertThat(connection.sent).extracting(Delivery::version).containsExactly(seen + 1, seen + 2, seen + 3, seen + 3);
        assertThat(connection.queued).isEmpty();
        assertThat(host.watchers()).isZero();
    }

    @Test
    void anOutletThatCannotTakeMoreIsCutOffAndDoesNotDelayTheOthers() {
        TestTable table = new TestTable(64, 64);
        GameHost host = table.startedGame(ALICE, BOB, CAROL);
        Connection stalled = new Connection(3);
        AtomicBoolean stalledEnded = new AtomicBoolean();
        host.events(null, OptionalInt.empty(), stalled).doOnSuccess(done -> stalledEnded.set(true)).subscribe();
        Connection reader = new Connection(64);
        host.events(BOB, OptionalInt.empty(), reader).subscribe();

        passes(host, 9); // nine scoreless turns end a three-player game: 9 moved + 1 ended

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(reader.sent).extracting(Delivery::type).hasSize(11).startsWith("snapshot").endsWith("ended");
            assertThat(stalledEnded).isTrue();
        });
        assertThat(stalled.sent).extracting(Delivery::type).containsExactly("snapshot", "moved", "moved");
        assertThat(host.watchers()).as("the game is over: every stream has ended").isZero();
        assertThat(table.registry.get("tilecast.streams.cut.off").counter().count()).isEqualTo(1.0);
    }

    @Test
    void aGameThatHasMovedAwayTellsANewStreamToReconnectAndEndsIt() {
        GameHost host = new TestTable(64, 64).startedGame();
        host.close("moved");
        Connection connection = new Connection(64);

        StepVerifier.create(host.events(BOB, OptionalInt.empty(), connection))
                .expectComplete()
                .verify(Duration.ofSeconds(5));

        assertThat(connection.sent).extracting(Delivery::type).containsExactly("reconnect");
        assertThat(host.watchers()).isZero();
    }

    private static void passes(GameHost host, int count) {
        for (int i = 0; i < count; i++) {
            var view = host.view(ALICE);
            PlayerRef mover = view.seats().get(view.turn()).player();
            done(host.move(mover, view.version(), new Move.Pass()));
        }
    }

    /**
     * A connection that takes up to {@code capacity} deliveries and then no more, like one whose
     * reader has stopped: what it was written, and what was written but not yet sent by a flush.
     */
    private final class Connection implements Outlet {
        final List<Delivery> queued = new CopyOnWriteArrayList<>();
        final List<Delivery> sent = new CopyOnWriteArrayList<>();
        final int capacity;

        Connection(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public Executor thread() {
            return connectionThread;
        }

        @Override
        public boolean write(Delivery delivery) {
            if (sent.size() + queued.size() >= capacity) {
                return false;
            }
            return queued.add(delivery);
        }

        @Override
        public void flush() {
            sent.addAll(queued);
            queued.clear();
        }
    }
}
