package io.tilecast.limits;

/** Whom a limit counts: a player (by the id in the token), a client address, or an account name signed in to. */
enum KeyKind {
    PLAYER("player"), ADDRESS("address"), ACCOUNT("account");

    final String tag;

    KeyKind(String tag) {
        this.tag = tag;
    }
}
