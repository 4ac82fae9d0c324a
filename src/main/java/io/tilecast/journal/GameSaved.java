package io.tilecast.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * Insert the games row, or update its mutable columns (status, seats, version, finished_at, final_scores, deadline,
 * outcome),
 * fenced: an update applies only while {@code games.lease_epoch = leaseEpoch}.
 */
public record GameSaved(String id, String region, String hostMachine, long leaseEpoch, Instant leaseExpiresAt,
                        String status, int seatCount, String seatsJson, String createdBy, String lexicon,
                        String rulesJson, long seed, int version, Instant createdAt, Instant finishedAt,
                        String finalScoresJson, Instant deadline, String outcomeJson) implements JournalEntry {

    public GameSaved {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(seatsJson, "seatsJson");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(rulesJson, "rulesJson");
        Objects.requireNonNull(createdAt, "createdAt");
        char separator = EventAppended.JSON_SEPARATOR;
        if (seatsJson.indexOf(separator) >= 0 || rulesJson.indexOf(separator) >= 0) {
            throw EventAppended.notJson("seatsJson or rulesJson of " + id);
        }
    }

    @Override
    public String gameId() {
        return id;
    }
}
