package io.tilecast.account;

/** Who sent a request: a registered player (from a verified token) or an anonymous spectator. */
public sealed interface Caller {

    record Player(String id, String name) implements Caller {
    }

    record Anonymous() implements Caller {
    }
}
