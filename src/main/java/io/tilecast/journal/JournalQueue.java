package io.tilecast.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The bounded queue between the game hosts and the writer. Entries stay in it until they are
 * settled (written, fenced or rejected), so its depth always counts what is not yet in PostgreSQL
 * and the writer can retry a batch by simply taking it again.
 *
 * <p>Many hosts offer, one writer takes and settles. The lock is held for a few list operations
 * only, never across I/O.
 */
final class JournalQueue {

    private record Waiting(JournalEntry entry, long offeredAtNanos) {
    }

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiting> waiting;
    /** How many entries were ever accepted; the sequence number of the last one. */
    private long accepted;
    /** How many entries were ever settled; only the writer advances it. */
    private long settled;
    private boolean closed;
    private final Sinks.Many<Long> settledSoFar = Sinks.many().replay().latest();
    /** Set by the writer while it waits for work; taken and completed by the next offer. */
    private final AtomicReference<Sinks.Empty<Void>> idleWriter = new AtomicReference<>();

    JournalQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.waiting = new ArrayDeque<>(Math.min(capacity, 16_384));
        settledSoFar.tryEmitNext(0L);
    }

    /** All or nothing: false when closed or when there is no room for every entry. */
    boolean offer(List<? extends JournalEntry> entries) {
        for (JournalEntry entry : entries) {
            Objects.requireNonNull(entry, "a journal entry");
        }
        long now = System.nanoTime();
        lock.lock();
        try {
            if (closed || waiting.size() + entries.size() > capacity) {
                return false;
            }
            for (JournalEntry entry : entries) {
                waiting.addLast(new Waiting(entry, now));
            }
            accepted += entries.size();
        } finally {
            lock.unlock();
        }
        Sinks.Empty<Void> idle = idleWriter.getAndSet(null);
        if (idle != null) {
            idle.tryEmitEmpty();
        }
        return true;
    }

    /** Completes as soon as there is something to take; at once if there already is. */
    Mono<Void> whenNotEmpty() {
        Sinks.Empty<Void> idle = Sinks.empty();
        idleWriter.set(idle);
        // An offer that landed before set() did not see this sink: look again.
        if (depth() > 0) {
            idleWriter.compareAndSet(idle, null);
            return Mono.empty();
        }
        return idle.asMono();
    }

    /** The oldest entries, at most {@code max}, left in the queue until {@link #settle} removes them. */
    List<JournalEntry> peek(int max) {
        lock.lock();
        try {
            List<JournalEntry> head = new ArrayList<>(Math.min(max, waiting.size()));
            Iterator<Waiting> it = waiting.iterator();
            while (head.size() < max && it.hasNext()) {
                head.add(it.next().entry());
            }
            return head;
        } finally {
            lock.unlock();
        }
    }

    /** Removes the {@code count} oldest entries, which the writer has dealt with for good. */
    void settle(int count) {
        long settledNow;
        lock.lock();
        try {
            for (int i = 0; i < count; i++) {
                waiting.removeFirst();
            }
            settled += count;
            settledNow = settled;
        } finally {
            lock.unlock();
        }
        settledSoFar.tryEmitNext(settledNow);
    }

    /** The sequence number of the last entry accepted so far. */
    long lastAccepted() {
        lock.lock();
        try {
            return accepted;
        } finally {
            lock.unlock();
        }
    }

    /** Completes once every entry up to sequence number {@code sequence} has been settled. */
    Mono<Void> settledThrough(long sequence) {
        return settledSoFar.asFlux().filter(settledNow -> settledNow >= sequence).next().then();
    }

    /** Accepts offers (again). */
    void open() {
        lock.lock();
        try {
            closed = false;
        } finally {
            lock.unlock();
        }
    }

    /** From now on every offer is refused; what is queued stays to be drained. */
    void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    int depth() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    int capacity() {
        return capacity;
    }

    /** Seconds the oldest waiting entry has waited; 0 when nothing waits. */
    double lagSeconds() {
        lock.lock();
        try {
            Waiting oldest = waiting.peekFirst();
            return oldest == null ? 0.0 : (System.nanoTime() - oldest.offeredAtNanos()) / 1e9;
        } finally {
            lock.unlock();
        }
    }
}
