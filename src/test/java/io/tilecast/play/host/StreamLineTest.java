package io.tilecast.play.host;

import static io.tilecast.play.host.TestTable.ALICE;
import static io.tilecast.play.host.TestTable.BOB;
import static io.tilecast.play.host.TestTable.CAROL;
import static io.tilecast.play.host.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.game.rules.Move;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Streams handed their events on their connection's thread, and cut off when it does not keep up. */
class StreamLineTest {

    private final ExecutorService connectionThread = Executors.newSingleThreadExecutor(
            task -> new Thread(task, "connection"));

    @AfterEach
    void stopConnectionThread() {
        connectionThread.shutdownNow();
    }

    @Test
    void eventsAreHandedOverOnTheConnectionsThreadInOrder() {
        GameHost host = new TestTable(64, 64).startedGame();
        int seen = host.view(ALICE).version();
        List<String> threads = new CopyOnWriteArrayList<>();

        StepVerifier.create(host.events(BOB, OptionalInt.of(seen), new StreamLine(connectionThread, () -> true))
                        .skip(1) // who is present, in the backlog: handed over on the subscriber's thread
                        .doOnNext(delivery -> threads.add(Thread.currentThread().getName())))
                .then(() -> {
                    passes(host, 2);
                    host.closeStreams(ReconnectReason.SHUTDOWN);
                })
                .expectNextMatches(d -> d.type().equals("moved") && d.version() == seen + 1)
                .expectNextMatches(d -> d.type().equals("moved") && d.version() == seen + 2)
                .expectNextMatches(d -> d.type().equals("reconnect"))
                .expectComplete()
                .verify(Duration.ofSeconds(5));

        assertThat(threads).containsOnly("connection");
        assertThat(host.watchers()).isZero();
    }

    @Test
    void aConnectionThatIsNotKeepingUpIsCutOffOnceItsBufferIsFull() {
        TestTable table = new TestTable(64, 2);
        GameHost host = table.startedGame(ALICE, BOB, CAROL); // nine scoreless turns to its end
        AtomicBoolean keepingUp = new AtomicBoolean(true);
        List<Delivery> received = new CopyOnWriteArrayList<>();
        AtomicBoolean ended = new AtomicBoolean();
        host.events(BOB, OptionalInt.empty(), new StreamLine(connectionThread, keepingUp::get))
                .doFinally(signal -> ended.set(true))
                .subscribe(received::add);

        passes(host, 4); // far more than its buffer, taken while the connection keeps up
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 5);
        keepingUp.set(false);
        passes(host, 2); // two in its buffer: still watching
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 7);
        assertThat(ended).isFalse();
        passes(host, 1);

        await().atMost(Duration.ofSeconds(5)).untilTrue(ended);
        assertThat(received).hasSize(7);
        assertThat(host.watchers()).isZero();
        assertThat(table.registry.get("tilecast.streams.cut.off").counter().count()).isEqualTo(1.0);
    }

    @Test
    void aGameThatHasMovedAwayTellsANewStreamToReconnectAndEndsIt() {
        GameHost host = new TestTable(64, 64).startedGame();
        host.close(ReconnectReason.HANDED_OVER);

        StepVerifier.create(host.events(BOB, OptionalInt.empty(), new StreamLine(connectionThread, () -> true)))
                .expectNextMatches(d -> d.type().equals("reconnect"))
                .expectComplete()
                .verify(Duration.ofSeconds(5));

        assertThat(host.watchers()).isZero();
    }

    private static void passes(GameHost host, int count) {
        for (int i = 0; i < count; i++) {
            var view = host.view(ALICE);
            PlayerRef mover = view.seats().get(view.turn()).player();
            done(host.move(mover, view.version(), new Move.Pass()));
        }
    }
}
