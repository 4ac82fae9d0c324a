package io.tilecast.play.host;

import static io.tilecast.play.host.TestTable.ALICE;
import static io.tilecast.play.host.TestTable.BOB;
import static io.tilecast.play.host.TestTable.CAROL;
import static io.tilecast.play.host.TestTable.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tilecast.game.rules.Move;
import io.tilecast.play.host.view.MoveAck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
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

        StepVerifier.create(host.events(BOB, OptionalInt.of(seen), StreamLine.NONE))
                .then(() -> host.closeStreams(ReconnectReason.SHUTDOWN))
                .recordWith(ArrayList::new)
                .thenConsumeWhile(d -> true)
                .consumeRecordedWith(resumed -> {
                    assertThat(resumed).extracting(Delivery::type)
                            .containsExactly("moved", "moved", "moved", "presence", "reconnect");
                    assertThat(resumed).extracting(Delivery::version)
                            .containsExactly(seen + 1, seen + 2, seen + 3, 0, seen + 3);
                })
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void aClientTooFarBehindGetsASnapshot() {
        TestTable table = new TestTable(2, 64);
        GameHost host = table.startedGame();
        int seen = host.view(ALICE).version();
        passes(host, 3);

        StepVerifier.create(host.events(BOB, OptionalInt.of(seen), StreamLine.NONE).take(1))
                .assertNext(d -> {
                    assertThat(d.type()).isEqualTo("snapshot");
                    assertThat(d.version()).isEqualTo(seen + 3);
                })
                .verifyComplete();
    }

    @Test
    void anUnknownLastEventIdGetsASnapshot() {
        GameHost host = new TestTable(64, 64).startedGame();

        StepVerifier.create(host.events(BOB, OptionalInt.of(999), StreamLine.NONE).take(1))
                .assertNext(d -> assertThat(d.type()).isEqualTo("snapshot"))
                .verifyComplete();
    }

    @Test
    void aWatcherThatReadsNothingIsCutOffAndDoesNotDelayTheOthers() {
        TestTable table = new TestTable(64, 8);
        GameHost host = table.startedGame(ALICE, BOB, CAROL);
        Stalled stalled = new Stalled();
        host.events(null, OptionalInt.empty(), StreamLine.NONE).subscribe(stalled);
        List<Delivery> reader = new CopyOnWriteArrayList<>();
        host.events(BOB, OptionalInt.empty(), StreamLine.NONE).subscribe(reader::add);

        passes(host, 9); // nine scoreless turns end a three-player game: 9 moved + 1 ended, more than 8 buffered

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(reader).extracting(Delivery::type).hasSize(11).startsWith("snapshot").endsWith("ended");
            assertThat(stalled.finished).isEqualTo(SignalType.ON_COMPLETE);
        });
        assertThat(stalled.received).isZero();
        assertThat(host.watchers()).as("the game is over: every stream has ended").isZero();
    }

    @Test
    void aMoveIsAcknowledgedWhileAWatchersPipelineIsBusy() throws Exception {
        GameHost host = new TestTable(64, 64).startedGame();
        Busy busy = new Busy();
        Disposable watching = host.events(null, OptionalInt.empty(), StreamLine.NONE).skip(1).subscribe(busy::consume);
        // The moves run on a thread of their own, so that the test fails rather than hangs if they wait for the watcher.
        ExecutorService mover = Executors.newSingleThreadExecutor();
        try {
            int version = host.view(ALICE).version();
            MoveAck first = done(mover.submit(() -> host.move(ALICE, version, new Move.Pass())).get(5, TimeUnit.SECONDS));
            assertThat(busy.entered.await(5, TimeUnit.SECONDS)).isTrue();

            MoveAck second = done(mover.submit(() -> host.move(BOB, first.version(), new Move.Pass())).get(5, TimeUnit.SECONDS));

            assertThat(second.version()).isEqualTo(version + 2);
            assertThat(busy.release.getCount()).isOne();
            busy.release.countDown();
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(busy.received)
                    .extracting(Delivery::version).containsExactly(version + 1, version + 2));
        } finally {
            busy.release.countDown();
            watching.dispose();
            mover.shutdownNow();
        }
    }

    @Test
    void aWatcherJoiningWhileEventsAreInFlightGetsEachEventOnceInOrder() throws Exception {
        GameHost host = new TestTable(64, 64).startedGame();
        Busy busy = new Busy();
        Disposable watching = host.events(null, OptionalInt.empty(), StreamLine.NONE).skip(1).subscribe(busy::consume);
        try {
            int seen = host.view(ALICE).version();
            passes(host, 1);
            assertThat(busy.entered.await(5, TimeUnit.SECONDS)).isTrue();
            passes(host, 2); // queued behind the busy watcher, not yet handed to anyone

            Flux<Delivery> joined = host.events(BOB, OptionalInt.of(seen), StreamLine.NONE);

            StepVerifier.create(joined)
                    .expectNextMatches(d -> d.version() == seen + 1)
                    .expectNextMatches(d -> d.version() == seen + 2)
                    .expectNextMatches(d -> d.version() == seen + 3)
                    .expectNextMatches(d -> d.type().equals("presence") && !d.versioned())
                    .then(() -> {
                        busy.release.countDown();
                        passes(host, 1);
                        host.closeStreams(ReconnectReason.SHUTDOWN);
                    })
                    .expectNextMatches(d -> d.type().equals("moved") && d.version() == seen + 4)
                    .expectNextMatches(d -> d.type().equals("reconnect") && d.version() == seen + 4)
                    .expectComplete()
                    .verify(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(busy.received)
                    .extracting(Delivery::version).containsExactly(seen + 1, seen + 2, seen + 3, seen + 4, seen + 4));
        } finally {
            busy.release.countDown();
            watching.dispose();
        }
    }

    private static void passes(GameHost host, int count) {
        for (int i = 0; i < count; i++) {
            var view = host.view(ALICE);
            PlayerRef mover = view.seats().get(view.turn()).player();
            done(host.move(mover, view.version(), new Move.Pass()));
        }
    }

    /** A watcher whose pipeline blocks on its first event until the test releases it. */
    private static final class Busy {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Delivery> received = new CopyOnWriteArrayList<>();

        void consume(Delivery delivery) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(delivery);
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
