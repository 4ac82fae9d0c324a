package io.tilecast.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/**
 * One slot of many games played one after another by two players: the player to move thinks (a
 * uniform 50–150% of the mean), sends a move, and the opponent moves next once its own stream has
 * the move; after {@link #TURNS} turns the game is over and the slot begins the next one. What the
 * game and the streams are is the server's side's to say.
 */
abstract class TurnSlot {

    /** Turns in a game: six (six passes end one), or {@code -Dturns} of prepared plays for games of real length. */
    static final int TURNS = Integer.getInteger("turns", 6);

    private final OpponentRound round;
    private final Duration think;
    private final Stop stop;
    private int game;
    private int mover;
    private int turns;
    private long sent;
    private boolean stopped;

    TurnSlot(OpponentRound round, Duration think, Stop stop) {
        this.round = round;
        this.think = think;
        this.stop = stop;
    }

    /** Sets up a new game and its two streams, and calls {@link #ready} once both are open. */
    abstract void begin();

    /** Sends the move of this turn of the game; gives the answer's status. */
    abstract Mono<Integer> send(int seat, int turn);

    /** Closes the game's streams. */
    abstract void finish();

    /** The game now being set up or played, for its streams' events to name. */
    final synchronized int game() {
        return game;
    }

    /** Both streams of this game are open and this seat moves first. */
    final synchronized void ready(int thisGame, int firstMover) {
        if (thisGame != game) {
            return;
        }
        mover = firstMover;
        turns = 0;
        thinkThenMove();
    }

    /** A seat's stream of this game had the move of this turn. */
    final synchronized void arrived(int thisGame, int seat, int turn) {
        if (thisGame != game || seat == mover || turn != turns) {
            return;
        }
        round.delivered(sent, System.nanoTime());
        turns++;
        mover = 1 - mover;
        if (turns < TURNS) {
            thinkThenMove();
        } else {
            round.gameOver(System.nanoTime());
            finish();
            next();
        }
    }

    /** A stream of this game closed: unless the game was over, it failed. */
    final synchronized void closed(int thisGame) {
        if (thisGame == game && !stopped && turns < TURNS) {
            failed(new IllegalStateException("a stream closed at turn " + turns));
        }
    }

    /** Something of this game failed: it is given up and the slot begins another. */
    final synchronized void failed(Throwable cause) {
        round.failed(cause);
        game++;
        finish();
        Mono.delay(Duration.ofMillis(100)).subscribe(tick -> next());
    }

    final void next() {
        if (stop.requested()) {
            synchronized (this) {
                stopped = true;
            }
            stop.slotStopped();
        } else {
            synchronized (this) {
                game++;
                turns = 0;
            }
            begin();
        }
    }

    /** Where this slot's game stands, for a slot that has not finished. */
    synchronized String standing() {
        return stopped ? null :  "game " + game + ", turn " + turns + ", seat " + mover + " to move";
    }

    private void thinkThenMove() {
        long mean = think.toMillis();
        long pause = ThreadLocalRandom.current().nextLong(mean / 2, mean * 3 / 2 + 1);
        int thisGame = game;
        Mono.delay(Duration.ofMillis(pause)).subscribe(tick -> move(thisGame));
    }

    private void move(int thisGame) {
        int seat;
        int turn;
        long at;
        synchronized (this) {
            if (thisGame != game) {
                return;
            }
            seat = mover;
            turn = turns;
            at = System.nanoTime();
            sent = at;
        }
        send(seat, turn).subscribe(status -> {
            round.acknowledged(at, System.nanoTime());
            if (status / 100 != 2) {
                failed(new IllegalStateException("a move was answered " + status));
            }
        }, this::failed);
    }

    /** Asks every slot of a round to stop after its game, and waits for them. */
    static final class Stop {
        private final CountDownLatch stopped;
        private volatile boolean requested;

        Stop(int slots) {
            this.stopped = new CountDownLatch(slots);
        }

        boolean requested() {
            return requested;
        }

        void slotStopped() {
            stopped.countDown();
        }

        /** Asks, then waits up to {@code seconds}; gives how many slots had not stopped. */
        long await(int seconds) throws InterruptedException {
            requested = true;
            stopped.await(seconds, TimeUnit.SECONDS);
            return stopped.getCount();
        }
    }
}
