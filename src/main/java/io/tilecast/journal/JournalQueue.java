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

/** The bounded queue between the game hosts and the writer. */
final class JournalQueue {

    private record Waiting(JournalEntry entry, long offeredAtNanos) {
    }

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiting> waiting;
    private long accepted;
    private long settled;
    private boolean closed;
    private final Sinks.Many<Long> settledSoFar = Sinks.many().replay().latest();
    private final AtomicReference<Sinks.Empty<Void>> idleWriter = new AtomicReference<>();

    JournalQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.waiting = new ArrayDeque<>(Math.min(capacity, 16_384));
        settledSoFar.tryEmitNext(0L);
    }

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

    long lastAccepted() {
        lock.lock();
        try {
            return accepted;
        } finally {
            lock.unlock();
        }
    }

    Mono<Void> settledThrough(long sequence) {
        return settledSoFar.asFlux().filter(settledNow -> settledNow >= sequence).next().then();
    }

    void open() {
        lock.lock();
        try {
            closed = false;
        } finally {
            lock.unlock();
        }
    }

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
