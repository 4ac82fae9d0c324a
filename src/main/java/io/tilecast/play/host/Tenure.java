package io.tilecast.play.host;

/**
 * How long a host keeps its game in memory: while its lease term lasts, until the game has been finished for {@code
 * finished-linger}, and while someone has used it within {@code idle-after}.
 */
final class Tenure {

    private final PlaySettings settings;
    private volatile LeaseTerm term = LeaseTerm.REPLAY;
    private volatile long lastUsed = System.nanoTime();
    private volatile long finishedAt;

    Tenure(PlaySettings settings) {
        this.settings = settings;
    }

    void grant(LeaseTerm granted) {
        term = granted;
    }

    boolean leaseOver() {
        return term.over();
    }

    void used(long now) {
        lastUsed = now;
    }

    void finished(long now) {
        finishedAt = now;
    }

    Eviction due(long now, boolean watched) {
        if (watched) {
            lastUsed = now;
        }
        if (term.over()) {
            return Eviction.LEASE_OVER;
        }
        if (finishedAt != 0 && now - finishedAt >= settings.finishedLinger().toNanos()) {
            return Eviction.FINISHED;
        }
        return now - lastUsed >= settings.idleAfter().toNanos() ? Eviction.IDLE : null;
    }
}
