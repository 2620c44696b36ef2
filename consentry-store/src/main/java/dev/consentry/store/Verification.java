package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How to verify the ledger. Incremental (the default) re-hashes only the entries after the last
 * verified checkpoint, once the checkpoint itself agrees with the chain; full re-hashes every
 * entry. Both check every anchor the database holds, and the given external ones.
 *
 * @param full re-hash every entry, not only those after the checkpoint
 * @param anchors anchors kept outside the database, each with where it came from
 * @param prefixSample entries before the checkpoint re-hashed at random, as a spot check of what
 *     an incremental verification otherwise takes as verified (0: none)
 */
public record Verification(boolean full, List<ExternalAnchor> anchors, int prefixSample) {
    /** Cheap (one indexed read each) and unpredictable to whoever edits the table; see the README on what it catches. */
    public static final int DEFAULT_PREFIX_SAMPLE = 64;

    /** An anchor and the file (or other source) it was read from, for messages. */
    public record ExternalAnchor(String source, LedgerAnchor anchor) {
        public ExternalAnchor {
            requireNonNull(source, "source is null");
            requireNonNull(anchor, "anchor is null");
        }
    }

    public Verification {
        anchors = List.copyOf(anchors);
        if (prefixSample < 0) {
            throw new IllegalArgumentException("prefixSample must not be negative, was " + prefixSample);
        }
    }

    public static Verification incremental() {
        return new Verification(false, List.of(), DEFAULT_PREFIX_SAMPLE);
    }

    public static Verification everyEntry() {
        return new Verification(true, List.of(), DEFAULT_PREFIX_SAMPLE);
    }

    public Verification withAnchors(List<ExternalAnchor> external) {
        return new Verification(full, external, prefixSample);
    }

    public Verification withPrefixSample(int entries) {
        return new Verification(full, anchors, entries);
    }
}
