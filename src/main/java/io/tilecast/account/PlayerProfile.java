package io.tilecast.account;

/** What anyone may see of a player: the name and how many games they played and won. */
public record PlayerProfile(String id, String name, int played, int won) {
}
