package dev.consentry.redact;

import static java.util.Objects.requireNonNull;

/**
 * Whether a record must be left out of a dataset, and why. The detail names types and numbers only,
 * never the personal data, so it can be logged and counted.
 */
public record DropVerdict(Reason reason, String detail) {

    public enum Reason {
        /** The record is kept. */
        KEEP,
        /** Detected personal-data characters / all characters exceeded the threshold. */
        PII_DENSITY,
        /** A type that always drops the record (e.g. US_SSN) was found. */
        TYPE_PRESENT
    }

    private static final DropVerdict KEEP = new DropVerdict(Reason.KEEP, "");

    public DropVerdict {
        requireNonNull(reason, "reason is null");
        requireNonNull(detail, "detail is null");
    }

    public static DropVerdict keep() {
        return KEEP;
    }

    public boolean dropped() {
        return reason != Reason.KEEP;
    }
}
