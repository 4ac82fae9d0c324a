package io.tilecast.play.host;

/** The {@code event:} names of the live streams (API.md "Live events", "Live lobby"). */
public enum EventName {
    SNAPSHOT("snapshot"),
    CREATED("created"),
    JOINED("joined"),
    STARTED("started"),
    MOVED("moved"),
    ENDED("ended"),
    RECONNECT("reconnect"),
    HEARTBEAT("heartbeat"),
    GAME("game"),
    GONE("gone"),
    CHALLENGED("challenged"),
    PRESENCE("presence"),
    NUDGE("nudge"),
    CANCELLED("cancelled"),

    CHAT("chat");

    private final String wire;

    EventName(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
