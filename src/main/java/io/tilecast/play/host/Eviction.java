package io.tilecast.play.host;

/** Why a game left this process's memory, as the {@code reason} tag of {@code tilecast.games.evicted}. */
public enum Eviction {
    /** Its lease term ran out before a renewal: another machine may have claimed it. */
    LEASE_OVER("lease-over"),
    /** A renewal found another machine holding its lease. */
    LEASE_LOST("lease-lost"),
    /** It finished, and its last events have had time to go out. */
    FINISHED("finished"),
    /** Nobody sent a command or watched it for the idle time. */
    IDLE("idle");

    private final String tag;

    Eviction(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
