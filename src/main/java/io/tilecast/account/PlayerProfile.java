package io.tilecast.account;

/** What anyone may see of a player: the name, how many games they played and won, and whether it is a computer. */
public record PlayerProfile(String id, String name, int played, int won, boolean bot) {
}
