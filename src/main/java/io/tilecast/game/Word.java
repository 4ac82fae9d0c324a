package io.tilecast.game;

/** A word formed by a play and what it scored. */
public record Word(String word, int score) {
}
