package io.tilecast.routing;

/** The machine named in a game's lease, and whether that lease is still live. */
public record LeaseHolder(String machineId, boolean live) {
}
