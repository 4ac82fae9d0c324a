package io.tilecast.journal;

import java.time.Instant;

/**
 * A game's row as stored in {@code games}.
 *
 * @param hostMachine      null when no machine holds the lease
 * @param leaseExpiresAt   null when no machine holds the lease
 * @param finishedAt       null while the game is not finished
 * @param finalScoresJson  null while the game is not finished
 */
public record StoredGame(String id, String region, String hostMachine, Instant leaseExpiresAt, long leaseEpoch,
                         String status, int seatCount, String seatsJson, String createdBy, String lexicon,
                         String rulesJson, long seed, int version, Instant createdAt, Instant finishedAt,
                         String finalScoresJson) {
}
