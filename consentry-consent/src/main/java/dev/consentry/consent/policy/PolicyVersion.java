package dev.consentry.consent.policy;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the policy, in force from {@code effectiveFrom} until the next version starts.
 *
 * @param name the version's name, e.g. {@code 2024-09-18}; notices name it
 * @param ordinal position among the policy's versions, from 0; "this version or a later one" compares ordinals
 * @param purposes the purposes this version covers; a purpose absent here is {@code NOT_IN_POLICY}
 */
public record PolicyVersion(String name, int ordinal, Instant effectiveFrom, Map<String, PurposeRule> purposes) {
    public PolicyVersion {
        requireNonNull(name, "name is null");
        requireNonNull(effectiveFrom, "effectiveFrom is null");
        purposes = Map.copyOf(purposes);
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal is negative: " + ordinal);
        }
    }

    public Optional<PurposeRule> purpose(String purpose) {
        return Optional.ofNullable(purposes.get(purpose));
    }
}
