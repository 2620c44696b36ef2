package dev.consentry.store;

import static java.util.Objects.requireNonNull;

/**
 * An events file whose content (SHA-256) the ledger already holds from an earlier import. A user
 * mistake, not a failure of the store: the import is rolled back and nothing is written.
 */
public final class DuplicateImportException extends StoreException {
    private final String sha256;
    private final PreviousImport earlier;

    public DuplicateImportException(String sha256, PreviousImport earlier) {
        super("the same content (SHA-256 " + sha256 + ") was already imported on " + earlier.importedAt() + " from '" + earlier.source()
                + "' (import " + earlier.id() + ", ledger entries " + earlier.firstSequence() + "-" + earlier.lastSequence()
                + "); importing it again would append every event a second time; nothing imported");
        this.sha256 = requireNonNull(sha256, "sha256 is null");
        this.earlier = earlier;
    }

    public String sha256() {
        return sha256;
    }

    public PreviousImport earlier() {
        return earlier;
    }
}
