package dev.consentry.dataset.build;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.consentry.consent.Decision;
import dev.consentry.consent.decision.ConsentSnapshot;
import dev.consentry.consent.policy.Policy;
import dev.consentry.store.ConsentStore;
import dev.consentry.store.DatasetEntry;

/**
 * Members a dataset included whose decision at another instant (now, by default) is a denial:
 * they opted out, objected, were erased or moved into an excluded jurisdiction after the build.
 * That is what "your opt-out stops future training" means in practice, and what retraining
 * without them would remove.
 */
public final class Impact {
    /** A member the dataset used who would be excluded today, with how many records they gave. */
    public record ImpactedMember(String member, String reason, long records) {}

    public record Report(DatasetEntry dataset, Instant at, long membersIncluded, List<ImpactedMember> members) {
        public long records() {
            return members.stream().mapToLong(ImpactedMember::records).sum();
        }
    }

    private final ConsentStore store;
    private final Policy policy;

    public Impact(ConsentStore store, Policy policy) {
        this.store = requireNonNull(store, "store is null");
        this.policy = requireNonNull(policy, "policy is null");
    }

    public Report of(DatasetEntry dataset, Instant at) {
        store.requireIntact("judge the impact on a dataset");
        ConsentSnapshot now = store.snapshot(policy, at);
        Map<Long, Long> records = store.lineage().recordsByMember(dataset.id());
        Map<Long, String> ids = store.lineage().memberIds(records.keySet());
        List<ImpactedMember> impacted = new ArrayList<>();
        records.forEach((number, count) -> {
            String id = ids.get(number);
            if (id == null) {
                // The registry lost the member (a re-created database): unknown now, so denied.
                impacted.add(new ImpactedMember("#" + number, "UNKNOWN_MEMBER", count));
                return;
            }
            Decision decision = now.decide(id, dataset.purpose());
            if (!decision.allowed()) {
                impacted.add(new ImpactedMember(id, decision.reason().name(), count));
            }
        });
        impacted.sort(Comparator.comparing(ImpactedMember::records).reversed().thenComparing(ImpactedMember::member));
        return new Report(dataset, at, records.size(), impacted);
    }
}
