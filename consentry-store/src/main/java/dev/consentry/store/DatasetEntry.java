package dev.consentry.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A published dataset as the store remembers it: enough to answer lineage and impact questions
 * without opening the dataset's folder. The member bitmap is a serialized RoaringBitmap of member
 * numbers; the store keeps it as bytes.
 */
public record DatasetEntry(
        String id,
        String name,
        String path,
        String purpose,
        Instant asOf,
        String policyVersion,
        String policySha256,
        long ledgerSequence,
        String ledgerHead,
        long records,
        long members,
        String previousId,
        String manifestSha256,
        byte[] memberBitmap,
        Instant createdAt) {
    public DatasetEntry {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(path, "path is null");
        requireNonNull(purpose, "purpose is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(policySha256, "policySha256 is null");
        requireNonNull(ledgerHead, "ledgerHead is null");
        requireNonNull(manifestSha256, "manifestSha256 is null");
        requireNonNull(memberBitmap, "memberBitmap is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    /** A record's component equality would compare the bitmap by reference; ids identify datasets. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DatasetEntry that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "DatasetEntry[" + id + ", " + purpose + " as of " + asOf + ", " + records + " records, " + members + " members]";
    }
}
