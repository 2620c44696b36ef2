package dev.consentry.store;

import java.util.Optional;

/**
 * The result of re-computing the ledger's hash chain.
 *
 * @param entriesChecked entries read
 * @param head the newest entry's sequence and hash
 * @param firstBadSequence the first entry that does not match, or 0 when all do
 * @param problem what does not match, or null
 */
public record VerifyReport(long entriesChecked, LedgerHead head, long firstBadSequence, String problem) {
    public boolean intact() {
        return problem == null;
    }

    public Optional<String> problemText() {
        return Optional.ofNullable(problem);
    }
}
