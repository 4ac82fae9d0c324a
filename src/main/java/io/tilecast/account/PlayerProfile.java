package io.tilecast.account;

/**
 * What anyone may see of a player: the name, how many games they played and won, and whether they
 * are a guest (no password: their token is their only credential).
 */
public record PlayerProfile(String id, String name, int played, int won, boolean guest) {
}
