package dev.consentry.store;

import static java.util.Objects.requireNonNull;

/** The newest entry of the ledger: its sequence (0 when empty) and hash (the genesis hash when empty). */
public record LedgerHead(long sequence, String hash) {
    public LedgerHead {
        requireNonNull(hash, "hash is null");
    }
}
