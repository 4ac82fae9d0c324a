package io.tilecast.account;

/**
 * What anyone may see of a player: the name, how many games they played and won, whether they are a guest (no password:
 * their token is their only credential) and whether it is a computer.
 */
public record PlayerProfile(String id, String name, int played, int won, boolean guest, boolean bot) {
}
