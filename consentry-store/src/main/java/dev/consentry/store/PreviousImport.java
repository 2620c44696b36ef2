package dev.consentry.store;

import static java.util.Objects.requireNonNull;

/**
 * An import the database recorded: its number, the source it was read from (a file name as given,
 * or {@code -}), when, and the ledger entries it appended (0 when none).
 */
public record PreviousImport(long id, String source, String importedAt, long firstSequence, long lastSequence) {
    public PreviousImport {
        requireNonNull(source, "source is null");
        requireNonNull(importedAt, "importedAt is null");
    }
}
