package io.tilecast.play;

/** One event on one viewer's stream: its type ({@code snapshot}, {@code moved}, ...), version and data. */
public record Delivery(String type, int version, Object data) {
}
