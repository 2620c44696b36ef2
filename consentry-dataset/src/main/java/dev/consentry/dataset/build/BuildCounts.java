package dev.consentry.dataset.build;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.consentry.redact.EntityType;

/** Everything a build counts; updated by the one thread that writes results, in input order. */
final class BuildCounts {
    long read;
    long included;
    long rejected;
    final Map<String, Long> excluded = new TreeMap<>();
    final Map<String, Long> specialCategories = new TreeMap<>();
    final Map<String, Long> droppedBy = new TreeMap<>();
    final Map<EntityType, Long> redactions = new EnumMap<>(EntityType.class);
    final Map<Long, Long> recordsByMember = new HashMap<>();
    final Map<String, Long> languages = new TreeMap<>();

    void add(Outcome outcome) {
        read++;
        if (outcome.isIncluded()) {
            included++;
            recordsByMember.merge(outcome.memberNumber(), 1L, Long::sum);
            languages.merge(outcome.record().lang() == null ? "unknown" : outcome.record().lang(), 1L, Long::sum);
            outcome.redactions().forEach((type, count) -> redactions.merge(type, (long) count, Long::sum));
            return;
        }
        excluded.merge(outcome.exclusion(), 1L, Long::sum);
        if (Exclusion.SPECIAL_CATEGORY.equals(outcome.exclusion())) {
            specialCategories.merge(outcome.detail(), 1L, Long::sum);
        } else if (Exclusion.DROPPED_PII.equals(outcome.exclusion())) {
            droppedBy.merge(outcome.detail(), 1L, Long::sum);
        }
    }

    void reject() {
        read++;
        rejected++;
        excluded.merge(Exclusion.REJECTED, 1L, Long::sum);
    }

    long redactionTotal() {
        return redactions.values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Long> redactionsByName() {
        Map<String, Long> byName = new TreeMap<>();
        redactions.forEach((type, count) -> byName.put(type.name(), count));
        return byName;
    }
}
