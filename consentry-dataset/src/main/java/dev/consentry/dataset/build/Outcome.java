package dev.consentry.dataset.build;

import java.util.Map;

import dev.consentry.dataset.format.ShardRecord;
import dev.consentry.redact.EntityType;

/**
 * What became of one content record: included (with its redacted shard record, the member's
 * number for lineage and what was redacted) or excluded under one reason.
 *
 * @param detail for SPECIAL_CATEGORY the category, for DROPPED_PII the verdict's reason; else null
 * @param encoded the record as its shard bytes, when the format encodes per record; else null
 */
record Outcome(String exclusion, String detail, ShardRecord record, long memberNumber, Map<EntityType, Integer> redactions, byte[] encoded) {
    static Outcome excluded(String reason) {
        return new Outcome(reason, null, null, -1, Map.of(), null);
    }

    static Outcome excluded(String reason, String detail) {
        return new Outcome(reason, detail, null, -1, Map.of(), null);
    }

    static Outcome included(ShardRecord record, long memberNumber, Map<EntityType, Integer> redactions) {
        return new Outcome(null, null, record, memberNumber, redactions, null);
    }

    /** This outcome with its record already encoded for the shard (see {@code ShardFormat.encode}). */
    Outcome encodedAs(byte[] bytes) {
        return new Outcome(exclusion, detail, record, memberNumber, redactions, bytes);
    }

    boolean isIncluded() {
        return record != null;
    }
}
