package dev.consentry.dataset.format;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A record as published in a dataset shard: redacted text and the fields a trainer needs — and
 * nothing that identifies the member (no member id, no visibility).
 *
 * @param lang null when unknown
 */
public record ShardRecord(String id, String text, String kind, String lang, Instant createdAt) {
    public ShardRecord {
        requireNonNull(id, "id is null");
        requireNonNull(text, "text is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}
