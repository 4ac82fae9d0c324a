package io.tilecast.play.host;

/** A player as everyone may see them: id and name. */
public record PlayerRef(String id, String name) {
}
