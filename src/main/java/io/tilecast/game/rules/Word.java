package io.tilecast.game.rules;

/** A word formed by a play and what it scored. */
public record Word(String word, int score) {
}
