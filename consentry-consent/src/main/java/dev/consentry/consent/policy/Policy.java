package dev.consentry.consent.policy;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A versioned consent policy: which purposes exist, how members control each, which jurisdictions
 * are excluded, and from when each version is in force. Built by {@link PolicyParser}, which
 * validates everything, so a {@code Policy} is always consistent.
 *
 * @param name the policy's name
 * @param versions ordered by {@code effectiveFrom}, strictly increasing, ordinals 0..n-1
 * @param jurisdictions named groups of countries (expanded to ISO codes), for display
 * @param sourceSha256 SHA-256 (hex) of the YAML text the policy was read from; recorded in manifests
 */
public record Policy(String name, List<PolicyVersion> versions, Map<String, Set<String>> jurisdictions, String sourceSha256) {
    public Policy {
        requireNonNull(name, "name is null");
        versions = List.copyOf(versions);
        jurisdictions = Map.copyOf(jurisdictions);
        requireNonNull(sourceSha256, "sourceSha256 is null");
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).ordinal() != i) {
                throw new IllegalArgumentException("version " + versions.get(i).name() + " has ordinal " + versions.get(i).ordinal() + ", expected " + i);
            }
            if (i > 0 && !versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("version " + versions.get(i).name() + " does not start after " + versions.get(i - 1).name());
            }
        }
    }

    /** The version in force at {@code instant}, or empty before the first version. */
    public Optional<PolicyVersion> versionAt(Instant instant) {
        PolicyVersion inForce = null;
        for (PolicyVersion version : versions) {
            if (version.effectiveFrom().isAfter(instant)) {
                break;
            }
            inForce = version;
        }
        return Optional.ofNullable(inForce);
    }

    /** The instant the version after {@code version} starts, or empty for the last version. */
    public Optional<Instant> endOf(PolicyVersion version) {
        int next = version.ordinal() + 1;
        return next < versions.size() ? Optional.of(versions.get(next).effectiveFrom()) : Optional.empty();
    }

    public Optional<PolicyVersion> version(String versionName) {
        return versions.stream().filter(version -> version.name().equals(versionName)).findFirst();
    }

    /** Every purpose any version covers, sorted. */
    public List<String> purposeIds() {
        Set<String> ids = new TreeSet<>();
        versions.forEach(version -> ids.addAll(version.purposes().keySet()));
        return List.copyOf(ids);
    }

    /** Whether some version lets members control {@code purpose} with {@code control}. */
    public boolean anyVersionHas(String purpose, Control control) {
        return versions.stream().anyMatch(version -> version.purpose(purpose).map(rule -> rule.has(control)).orElse(false));
    }
}
