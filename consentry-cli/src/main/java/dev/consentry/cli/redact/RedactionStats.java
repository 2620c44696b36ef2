package dev.consentry.cli.redact;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import dev.consentry.redact.EntityType;

/** Counts of one redaction run (or one batch of it; batches are merged in order by one thread). */
final class RedactionStats {
    long records;
    long written;
    long rejected;
    long bytes;
    final Map<String, Long> dropped = new TreeMap<>();
    final Map<EntityType, Long> redactions = new EnumMap<>(EntityType.class);

    void add(RedactionStats other) {
        records += other.records;
        written += other.written;
        rejected += other.rejected;
        bytes += other.bytes;
        other.dropped.forEach((reason, count) -> dropped.merge(reason, count, Long::sum));
        other.redactions.forEach((type, count) -> redactions.merge(type, count, Long::sum));
    }

    long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
