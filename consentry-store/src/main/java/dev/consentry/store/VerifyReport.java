package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying the ledger: re-computing its hash chain (from the first entry, or from
 * the last verified checkpoint) and checking it against every anchor the database holds and any
 * given from outside.
 *
 * @param entriesChecked entries re-hashed by this verification (after {@code checkpoint})
 * @param checkpoint the entry the re-hashing started after: 0 for a full verification
 * @param head the last entry that verified: the ledger's newest entry when intact
 * @param anchorsChecked anchors compared with the chain: the checkpoint, imports, published datasets, external anchors
 * @param firstBadSequence the first entry that does not match or is missing, or 0 when all do
 * @param problems every disagreement found, the chain's own first; empty when intact
 */
public record VerifyReport(long entriesChecked, long checkpoint, LedgerHead head, int anchorsChecked, long firstBadSequence, List<String> problems) {
    public VerifyReport {
        requireNonNull(head, "head is null");
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The first problem, or null when intact. */
    public String problem() {
        return problems.isEmpty() ? null : problems.get(0);
    }

    public Optional<String> problemText() {
        return Optional.ofNullable(problem());
    }
}
