package io.tilecast.play.host;

/** Why a game left this process's memory, as the {@code reason} tag of {@code tilecast.games.evicted}. */
public enum Eviction {
    LEASE_OVER("lease-over"),
    LEASE_LOST("lease-lost"),
    FINISHED("finished"),
    IDLE("idle");

    private final String tag;

    Eviction(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
