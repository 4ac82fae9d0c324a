package io.tilecast.journal;

import java.time.Instant;

/** A game's row as stored in {@code games}. */
public record StoredGame(String id, String region, String hostMachine, Instant leaseExpiresAt, long leaseEpoch,
                         String status, int seatCount, String seatsJson, String createdBy, String lexicon,
                         String rulesJson, long seed, int version, Instant createdAt, Instant finishedAt,
                         String finalScoresJson) {
}
