package dev.consentry.dataset.build;

import java.util.Map;

import dev.consentry.dataset.format.ShardRecord;
import dev.consentry.redact.EntityType;

/**
 * What became of one content record: included (with its redacted shard record, the member's
 * number for lineage and what was redacted) or excluded under one reason.
 *
 * @param detail for SPECIAL_CATEGORY the category, for DROPPED_PII the verdict's reason; else null
 */
record Outcome(String exclusion, String detail, ShardRecord record, long memberNumber, Map<EntityType, Integer> redactions) {
    static Outcome excluded(String reason) {
        return new Outcome(reason, null, null, -1, Map.of());
    }

    static Outcome excluded(String reason, String detail) {
        return new Outcome(reason, detail, null, -1, Map.of());
    }

    static Outcome included(ShardRecord record, long memberNumber, Map<EntityType, Integer> redactions) {
        return new Outcome(null, null, record, memberNumber, redactions);
    }

    boolean isIncluded() {
        return record != null;
    }
}
